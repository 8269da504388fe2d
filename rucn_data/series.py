"""Derived series the notebooks and figures share: computed from the shipped data, gaps kept as gaps.

Nothing here fills a missing year: a value needing a missing input is missing too (NaN).
"""
from __future__ import annotations

from . import load


def trade_balance(first: int = 2007, last: int = 2022):
    """China–Russia trade by year with China's balance: ``deficit_usd_bn`` = imports from Russia − exports to Russia.

    Columns: year, exports (China's to Russia), imports (China's from Russia), turnover, deficit_usd_bn,
    deficit_share_pct (of turnover), turnover_growth_pct (on the previous year, only where both years
    exist), quality_flag, source_id. Years without a split have no deficit.
    """
    t = load("trade_annual")
    t = t[(t["year"] >= first) & (t["year"] <= last)].reset_index(drop=True)
    out = t[["year", "china_exports_to_russia_usd_bn", "china_imports_from_russia_usd_bn", "turnover_usd_bn"]].copy()
    out["deficit_usd_bn"] = out["china_imports_from_russia_usd_bn"] - out["china_exports_to_russia_usd_bn"]
    out["deficit_share_pct"] = out["deficit_usd_bn"] / out["turnover_usd_bn"] * 100
    previous = out.set_index("year")["turnover_usd_bn"].reindex(out["year"] - 1).to_numpy()
    out["turnover_growth_pct"] = (out["turnover_usd_bn"] / previous - 1) * 100
    out["quality_flag"] = t["quality_flag"]
    out["source_id"] = t["source_id"]
    out.attrs = dict(load("trade_annual").attrs)  # provenance of the series it is computed from
    return out


def crude_share(first: int = 2010, last: int = 2023):
    """Russia's share of China's crude imports, by year, where both volumes are shipped.

    Columns: year, from_russia_mt, total_mt, russia_share_pct, source_from_russia, source_total, the
    producer behind each volume (``basis_from_russia``, ``basis_total``: "GACC" for Chinese customs as
    reported, "EI" for the Energy Institute) and ``mixed_basis`` (True where the share divides figures of
    two producers, so it mixes statistical bases).
    """
    c = load("crude_oil_imports")
    c = c[(c["year"] >= first) & (c["year"] <= last)].reset_index(drop=True)
    publishers = load("sources").set_index("id")["publisher"]

    def basis(source_id):
        if not isinstance(source_id, str) or not source_id:
            return None
        return "EI" if "Energy Institute" in publishers[source_id] else "GACC"

    out = c[["year"]].copy()
    out["from_russia_mt"] = c["crude_imports_from_russia_mt"]
    out["total_mt"] = c["china_total_crude_imports_mt"]
    out["russia_share_pct"] = out["from_russia_mt"] / out["total_mt"] * 100
    out["source_from_russia"] = c["source_id_from_russia"]
    out["source_total"] = c["source_id_total"]
    out["basis_from_russia"] = out["source_from_russia"].map(basis)
    out["basis_total"] = out["source_total"].map(basis)
    both = out["russia_share_pct"].notna()
    out["mixed_basis"] = both & (out["basis_from_russia"] != out["basis_total"])
    return out


def yuan_settlement_shares():
    """The yuan's share of Russia's export and import settlements, every stated point (period, flow, source)."""
    s = load("settlement_currency_shares")
    out = s[s["currency"] == "cny"][["period", "flow", "share_pct", "source_id", "note"]]
    return out.sort_values(["flow", "period", "source_id"]).reset_index(drop=True)


def pipeline_gas_bases():
    """Russian pipeline gas to China by year on the two shipped bases (bcm): Russian officials and the EI."""
    g = load("gas_imports_from_russia")
    items = {"pipeline_gas_power_of_siberia": "russian_officials_bcm", "pipeline_gas_russia_to_china": "energy_institute_bcm"}
    wide = g[g["item"].isin(items)].pivot(index="year", columns="item", values="value").rename(columns=items)
    wide.columns.name = None
    return wide.reset_index()


def stated_growth_vs_levels():
    """China–Russia trade growth as the sources state it, beside the growth computed from the shipped levels.

    One row per stated year-on-year rate of China–Russia trade in ``stated_rates`` (subjects turnover, China's
    exports to Russia, China's imports from Russia; China as reporter). Columns: year, flow (``turnover``,
    ``china_exports_to_russia``, ``china_imports_from_russia``), source_id (of the stated rate), level_usd_bn (that
    year in ``trade_annual``), previous_usd_bn (the year before in ``trade_annual``, i.e. as first published; NaN where
    missing), growth_from_levels_pct (NaN where either level is missing), stated_growth_pct, and the previous-year
    level the stated rate was computed on: implied_previous_usd_bn = level / (1 + stated / 100), with
    implied_previous_low_usd_bn / implied_previous_high_usd_bn over the rounding of the stated rate (29.3 stands for
    [29.25, 29.35]). ``previous_within_implied`` (nullable boolean; NA where no previous level is shipped) is False
    where the shipped previous level lies outside that range: the source computed its rate on revised (or otherwise
    different) previous-year data. Nothing is filled in: a missing input gives a missing output.
    """
    from .tolerance import half_unit

    flows = {"china_russia_turnover": ("turnover", "turnover_usd_bn"),
             "china_exports_to_russia": ("china_exports_to_russia", "china_exports_to_russia_usd_bn"),
             "china_imports_from_russia": ("china_imports_from_russia", "china_imports_from_russia_usd_bn")}
    s = load("stated_rates")
    s = s[s["subject"].isin(flows) & (s["measure"] == "yoy_change")]
    levels = load("trade_annual").set_index("year")
    rows = []
    for r in s.to_dict("records"):
        flow, column = flows[r["subject"]]
        year = int(r["period"])
        level = levels[column].get(year, float("nan"))
        previous = levels[column].get(year - 1, float("nan"))
        stated = float(r["value_pct"])
        h, _ = half_unit(repr(stated).removesuffix(".0"), stated)
        rows.append({"year": year, "flow": flow, "source_id": r["source_id"], "level_usd_bn": level,
                     "previous_usd_bn": previous, "growth_from_levels_pct": (level / previous - 1) * 100,
                     "stated_growth_pct": stated, "implied_previous_usd_bn": level / (1 + stated / 100),
                     "implied_previous_low_usd_bn": level / (1 + (stated + h) / 100),
                     "implied_previous_high_usd_bn": level / (1 + (stated - h) / 100)})
    import pandas as pd

    out = pd.DataFrame(rows)
    within = (out["previous_usd_bn"] >= out["implied_previous_low_usd_bn"]) & (
        out["previous_usd_bn"] <= out["implied_previous_high_usd_bn"])
    out["previous_within_implied"] = within.astype("boolean").mask(out["previous_usd_bn"].isna())
    return out.sort_values(["year", "flow", "source_id"]).reset_index(drop=True)


def rouble_and_yuan_shares():
    """Roubles and yuan side by side in Russia's settlements, per period, flow and source (%).

    A currency a source does not state for that point stays missing; ``both_pct`` is their sum where
    both are stated (the national currencies' share of Russia's settlements with all partners).
    """
    s = load("settlement_currency_shares")
    s = s[s["currency"].isin(["rub", "cny"])]
    wide = s.pivot(index=["period", "flow", "source_id"], columns="currency", values="share_pct")
    wide.columns.name = None
    wide = wide.rename(columns={"rub": "rub_pct", "cny": "cny_pct"})[["rub_pct", "cny_pct"]]
    wide["both_pct"] = wide["rub_pct"] + wide["cny_pct"]
    return wide
