"""Derived series the notebooks and figures share: computed from the shipped data, gaps kept as gaps.

Nothing here fills a missing year: a value needing a missing input is missing too (NaN).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

from . import load


def trade_balance(first: int = 2007, last: int = 2022) -> pd.DataFrame:
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


def crude_share(first: int = 2010, last: int = 2023) -> pd.DataFrame:
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


def yuan_settlement_shares() -> pd.DataFrame:
    """The yuan's share of Russia's export and import settlements, every stated point (period, flow, source)."""
    s = load("settlement_currency_shares")
    out = s[s["currency"] == "cny"][["period", "flow", "share_pct", "source_id", "note"]]
    return out.sort_values(["flow", "period", "source_id"]).reset_index(drop=True)


def pipeline_gas_bases() -> pd.DataFrame:
    """Russian pipeline gas to China by year on the two shipped bases (bcm): Russian officials and the EI."""
    g = load("gas_imports_from_russia")
    items = {
        "pipeline_gas_power_of_siberia": "russian_officials_bcm",
        "pipeline_gas_russia_to_china": "energy_institute_bcm",
    }
    wide = g[g["item"].isin(items)].pivot(index="year", columns="item", values="value").rename(columns=items)
    wide.columns.name = None
    return wide.reset_index()


def stated_growth_vs_levels() -> pd.DataFrame:
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

    flows = {
        "china_russia_turnover": ("turnover", "turnover_usd_bn"),
        "china_exports_to_russia": ("china_exports_to_russia", "china_exports_to_russia_usd_bn"),
        "china_imports_from_russia": ("china_imports_from_russia", "china_imports_from_russia_usd_bn"),
    }
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
        rows.append(
            {
                "year": year,
                "flow": flow,
                "source_id": r["source_id"],
                "level_usd_bn": level,
                "previous_usd_bn": previous,
                "growth_from_levels_pct": (level / previous - 1) * 100,
                "stated_growth_pct": stated,
                "implied_previous_usd_bn": level / (1 + stated / 100),
                "implied_previous_low_usd_bn": level / (1 + (stated + h) / 100),
                "implied_previous_high_usd_bn": level / (1 + (stated - h) / 100),
            }
        )
    import pandas as pd

    out = pd.DataFrame(rows)
    within = (out["previous_usd_bn"] >= out["implied_previous_low_usd_bn"]) & (
        out["previous_usd_bn"] <= out["implied_previous_high_usd_bn"]
    )
    out["previous_within_implied"] = within.astype("boolean").mask(out["previous_usd_bn"].isna())
    return out.sort_values(["year", "flow", "source_id"]).reset_index(drop=True)


def rouble_and_yuan_shares() -> pd.DataFrame:
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


# -- groups of countries: membership of the year, totals and shares ---------------------------------------------------

_INDICATORS = {
    "gdp": ("world_bank_gdp", "gdp_current_usd", "USD (current)"),
    "population": ("world_bank_population", "population", "persons"),
}


def _year_of(value) -> int | None:
    """The year of a date written YYYY, YYYY-MM or YYYY-MM-DD; None where it is missing."""
    import pandas as pd

    if pd.isna(value) or str(value).strip() == "":
        return None
    return int(str(value)[:4])


def group_members(
    group: str, year: int, *, membership: pd.DataFrame | None = None, after_as_of: bool = False
) -> list[str]:
    """The iso3 codes (sorted) of ``group``'s members in ``year``, from ``group_membership``.

    A country is a member in ``year`` when it joined in or before that year (``member_since``; a member
    joining during the year counts for the year) and, where the frame has a ``member_until`` column, left
    in or after it. A member the source lists without a date (the G7) counts for every year. The lists
    are only known up to their date (``as_of``): a later year raises ValueError unless ``after_as_of=True``
    says to assume the list unchanged. Note that the SCO's founders are dated by the Shanghai Five (1996).
    """
    m = load("group_membership") if membership is None else membership
    rows = m[m["group"] == group]
    if rows.empty:
        raise ValueError(f"unknown group {group!r}; dataset group_membership has {', '.join(sorted(set(m['group'])))}")
    horizon = min(_year_of(v) for v in rows["as_of"])
    if year > horizon and not after_as_of:
        raise ValueError(
            f"{group}'s membership is recorded up to {horizon} (column as_of); {year} is later: pass "
            "after_as_of=True to assume it unchanged"
        )
    members = []
    for r in rows.to_dict("records"):
        joined, left = _year_of(r.get("member_since")), _year_of(r.get("member_until"))
        if (joined is None or joined <= year) and (left is None or year <= left):
            members.append(r["iso3"])
    return sorted(members)


def group_total(
    group: str, year: int, indicator: str, *, membership=None, values=None, after_as_of: bool = False
) -> dict:
    """The sum of ``indicator`` (``gdp`` or ``population``) over ``group``'s members of ``year``.

    Returns a dict: group, year, indicator, unit, members (iso3 codes used), missing (members with no
    value that year) and total. A member without a value makes the total NaN: never a partial sum. A
    group without members that year has total NaN too. ``values`` replaces the World Bank dataset
    (columns iso3, year and gdp_current_usd or population).
    """
    if indicator not in _INDICATORS:
        raise ValueError(f"unknown indicator {indicator!r}; use one of {', '.join(_INDICATORS)}")
    dataset, column, unit = _INDICATORS[indicator]
    v = load(dataset) if values is None else values
    members = group_members(group, year, membership=membership, after_as_of=after_as_of)
    by_country = v[v["year"] == year].set_index("iso3")[column].dropna()
    missing = [c for c in members if c not in by_country.index]
    total = float(by_country[members].sum()) if members and not missing else float("nan")
    return {
        "group": group,
        "year": year,
        "indicator": indicator,
        "unit": unit,
        "members": members,
        "missing": missing,
        "total": total,
    }


def share_of_world(
    group: str, year: int, indicator: str, *, membership=None, values=None, after_as_of: bool = False
) -> dict:
    """``group``'s total of ``indicator`` in ``year`` as a percentage of the world's (the row with iso3 WLD).

    Returns group_total's dict plus world and share_pct; share_pct is NaN where the total or the world
    value is missing, and ``missing`` then names WLD too.
    """
    out = group_total(group, year, indicator, membership=membership, values=values, after_as_of=after_as_of)
    dataset, column, _ = _INDICATORS[indicator]
    v = load(dataset) if values is None else values
    world = v[(v["year"] == year) & (v["iso3"] == "WLD")][column].dropna()
    out["world"] = float(world.iloc[0]) if len(world) else float("nan")
    if not len(world):
        out["missing"] = out["missing"] + ["WLD"]
    out["share_pct"] = out["total"] / out["world"] * 100
    return out


# -- daily oil prices: statistics over months, quarters and windows ---------------------------------------------------

_PRICE_COLUMNS = {"brent": "brent_spot_usd_per_bbl", "wti": "wti_spot_usd_per_bbl"}
_FREQUENCIES = {"monthly": "M", "quarterly": "Q"}


def _price_series(column: str, prices):
    import pandas as pd

    p = load("oil_prices_daily") if prices is None else prices
    name = _PRICE_COLUMNS.get(column, column)
    if name not in p.columns or name == "date":
        raise ValueError(
            f"unknown price column {column!r}; use brent, wti or one of "
            f"{', '.join(c for c in p.columns if c.endswith('_usd_per_bbl'))}"
        )
    s = pd.Series(p[name].to_numpy(dtype=float), index=pd.to_datetime(p["date"]), name=name).sort_index()
    return s.dropna(), p.attrs


def _stats(s) -> dict:
    return {
        "mean": float(s.mean()),
        "max": float(s.max()),
        "min": float(s.min()),
        "date_of_max": s.idxmax().date(),
        "days": int(s.size),
    }


def oil_price_stats(
    column: str = "brent", freq: str = "quarterly", *, prices: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Mean, max, min and the date of the max of a daily price, by month or quarter (``freq``).

    ``column`` is ``brent``, ``wti`` or a price column of ``oil_prices_daily``. Days without a price
    are left out, not filled: ``days`` counts the days with one. The date of the max is its first day
    where several days share it. One row per period (a pandas Period index).
    """
    import pandas as pd

    if freq not in _FREQUENCIES:
        raise ValueError(f"unknown freq {freq!r}; use one of {', '.join(_FREQUENCIES)}")
    s, attrs = _price_series(column, prices)
    groups = s.groupby(s.index.to_period(_FREQUENCIES[freq]))
    out = pd.DataFrame([_stats(g) for _, g in groups], index=pd.Index([p for p, _ in groups], name="period"))
    out.attrs = dict(attrs)
    return out


def oil_price_window(start: str, end: str, column: str = "brent", *, prices: pd.DataFrame | None = None) -> dict:
    """Mean, max, min and the date of the max of a daily price from ``start`` to ``end`` (both included).

    Returns a dict with mean, max, min, date_of_max, days (with a price), first_day and last_day (the
    first and last such days in the window). A window reaching outside the days the series holds raises
    ValueError rather than giving the statistics of a part of it.
    """
    import pandas as pd

    s, _ = _price_series(column, prices)
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    if start > end:
        raise ValueError(f"the window starts ({start.date()}) after it ends ({end.date()})")
    if s.empty or start < s.index[0] or end > s.index[-1]:
        span = f"{s.index[0].date()} … {s.index[-1].date()}" if len(s) else "no days"
        raise ValueError(f"window {start.date()} … {end.date()} is not covered by {s.name} ({span})")
    w = s[(s.index >= start) & (s.index <= end)]
    if w.empty:
        raise ValueError(f"no day with a {s.name} price in {start.date()} … {end.date()}")
    return {**_stats(w), "first_day": w.index[0].date(), "last_day": w.index[-1].date()}


# -- UN votes and trade shares ----------------------------------------------------------------------------------------

_VOTES = {"Y": "yes", "N": "no", "A": "abstain", "NV": "non_voting"}


def unga_vote_counts(resolution: str, by: str | None = None, *, votes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Counts of yes, no, abstain and non-voting members on ``resolution``, optionally by a column (``by``).

    ``resolution`` is the symbol (``A/RES/ES-11/1``, or ``ES-11/1``). Without ``by`` the frame has one row
    (the resolution); with ``by`` (e.g. ``m49_region``) one row per value of that column. Column
    ``members`` counts every member in the row, voting or not.
    """
    v = load("unga_votes") if votes is None else votes
    symbols = sorted(set(v["resolution"]))
    match = [s for s in symbols if s == resolution or s.endswith("/" + resolution.removeprefix("A/RES/"))]
    if len(match) != 1:
        raise ValueError(f"unknown resolution {resolution!r}; the votes are on {', '.join(symbols)}")
    rows = v[v["resolution"] == match[0]]
    unknown = sorted(set(rows["vote"]) - set(_VOTES))
    if unknown:
        raise ValueError(f"vote code(s) {unknown} are not one of {', '.join(_VOTES)}")
    key = rows["resolution"] if by is None else rows[by]
    counts = rows.groupby([key, rows["vote"].map(_VOTES)]).size().unstack(fill_value=0)
    counts = counts.reindex(columns=list(_VOTES.values()), fill_value=0)
    counts.columns.name = None
    counts.index.name = by or "resolution"
    counts["members"] = counts.sum(axis=1)
    return counts


def russia_share_of_china_trade(
    year: int | None = None, *, trade: pd.DataFrame | None = None, total: pd.DataFrame | None = None
) -> pd.DataFrame:
    """China–Russia turnover as a share of China's total goods trade, both in USD, by year (China as reporter).

    One row per USD total in ``china_total_trade`` (a year whose total is stated only in CNY has none):
    year, turnover_usd_bn and turnover_source_id (from ``trade_annual``), china_total_usd_tn and
    total_source_id, share_pct (NaN where the turnover is missing). The totals carry their source's
    rounding (e.g. to 0.1 tn), and so does the share.
    """
    t = load("trade_annual") if trade is None else trade
    c = load("china_total_trade") if total is None else total
    c = c[c["total_trade_usd_tn"].notna()]
    if year is not None:
        c = c[c["year"] == year]
    turnover = t.set_index("year")
    out = (
        c[["year", "total_trade_usd_tn", "source_id"]]
        .rename(columns={"total_trade_usd_tn": "china_total_usd_tn", "source_id": "total_source_id"})
        .reset_index(drop=True)
    )
    out.insert(1, "turnover_usd_bn", [float(turnover["turnover_usd_bn"].get(y, float("nan"))) for y in out["year"]])
    out.insert(2, "turnover_source_id", [turnover["source_id"].get(y) for y in out["year"]])
    out["share_pct"] = out["turnover_usd_bn"] / (out["china_total_usd_tn"] * 1000) * 100
    return out


def claim_gaps() -> pd.DataFrame:
    """How far each decided claim is from what was computed: the relative gap, printed value to computed value.

    One row per claim whose verdict is not ``unchecked`` and whose checks give a value, in ledger order: id,
    section, verdict, printed (as printed), unit, value (the printed number), computed (the first decisive
    result), gap_pct = (computed − value) / |value| × 100. A claim printed as 0 has no relative gap and is left
    out, as is a decided claim without a computed value (``claims()`` lists both).
    """
    from . import ledger

    c = ledger.claims()
    decided = c[(c["verdict"] != "unchecked") & c["computed"].notna() & (c["value"] != 0)]
    out = decided[["id", "section", "verdict", "printed", "unit", "value", "computed"]].reset_index(drop=True)
    out["gap_pct"] = (out["computed"] - out["value"]) / out["value"].abs() * 100
    return out
