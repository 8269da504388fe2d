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
    out.attrs = {"sources": load("trade_annual").attrs["sources"], "title": "China–Russia trade and China's balance"}
    return out


def crude_share(first: int = 2010, last: int = 2023):
    """Russia's share of China's crude imports, by year, where both volumes are shipped.

    Columns: year, from_russia_mt, total_mt, russia_share_pct, source_from_russia, source_total and
    ``mixed_basis`` (True where the two volumes come from different producers, e.g. GACC and the
    Energy Institute, so the share mixes statistical bases).
    """
    c = load("crude_oil_imports")
    c = c[(c["year"] >= first) & (c["year"] <= last)].reset_index(drop=True)
    sources = load("sources").set_index("id")["publisher"]

    def producer(source_id):
        if source_id != source_id or source_id is None:
            return None
        return "EI" if source_id.startswith("E") else "GACC"

    out = c[["year"]].copy()
    out["from_russia_mt"] = c["crude_imports_from_russia_mt"]
    out["total_mt"] = c["china_total_crude_imports_mt"]
    out["russia_share_pct"] = out["from_russia_mt"] / out["total_mt"] * 100
    out["source_from_russia"] = c["source_id_from_russia"]
    out["source_total"] = c["source_id_total"]
    both = out["from_russia_mt"].notna() & out["total_mt"].notna()
    out["mixed_basis"] = both & (out["source_from_russia"].map(producer) != out["source_total"].map(producer))
    out.attrs = {"publishers": {sid: sources.get(sid, "") for sid in set(out["source_from_russia"].dropna()) | set(out["source_total"].dropna())}}
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
