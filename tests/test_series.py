"""Derived series: computed from the shipped data, and a gap stays a gap."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

import rucn_data
from rucn_data import ledger, series


def test_trade_balance_is_imports_minus_exports_and_keeps_gaps():
    raw = rucn_data.load("trade_annual").set_index("year")
    bal = series.trade_balance().set_index("year")
    expected = raw["china_imports_from_russia_usd_bn"] - raw["china_exports_to_russia_usd_bn"]
    np.testing.assert_allclose(bal["deficit_usd_bn"], expected.loc[bal.index])
    no_split = raw.index[raw["china_exports_to_russia_usd_bn"].isna()].intersection(bal.index)
    assert len(no_split) and bal.loc[no_split, "deficit_usd_bn"].isna().all()
    missing = raw.index[raw["turnover_usd_bn"].isna()]
    assert len(missing)
    for year in missing:  # neither the missing year nor the one after it gets a growth rate
        assert np.isnan(bal.loc[year, "turnover_growth_pct"]) and np.isnan(bal.loc[year + 1, "turnover_growth_pct"])
    assert bal.attrs["citation"] == raw.attrs["citation"]  # provenance travels with the derived series


def _fake_load(monkeypatch, frames: dict):
    real = rucn_data.load
    monkeypatch.setattr(series, "load", lambda name: frames[name].copy() if name in frames else real(name))


def test_crude_share_divides_where_both_volumes_exist_and_flags_mixed_producers(monkeypatch):
    crude = pd.DataFrame(
        {
            "year": [2020, 2021, 2022],
            "crude_imports_from_russia_mt": [50.0, 80.0, np.nan],
            "china_total_crude_imports_mt": [500.0, 400.0, 300.0],
            "source_id_from_russia": ["C01", "C01", None],
            "source_id_total": ["C01", "E01", "E01"],
        }
    )
    sources = pd.DataFrame({"id": ["C01", "E01"], "publisher": ["GACC via Reuters", "Energy Institute"]})
    _fake_load(monkeypatch, {"crude_oil_imports": crude, "sources": sources})
    share = series.crude_share(2020, 2022).set_index("year")
    assert share.loc[2020, "russia_share_pct"] == pytest.approx(10.0) and not share.loc[2020, "mixed_basis"]
    assert share.loc[2021, "russia_share_pct"] == pytest.approx(20.0) and share.loc[2021, "mixed_basis"]
    assert np.isnan(share.loc[2022, "russia_share_pct"]) and not share.loc[2022, "mixed_basis"]


def test_rouble_and_yuan_shares_sum_only_where_both_are_stated(monkeypatch):
    shares = pd.DataFrame(
        {
            "period": ["2022-12", "2022-12", "2023-01"],
            "flow": ["exports"] * 3,
            "currency": ["rub", "cny", "cny"],
            "share_pct": [34.0, 16.0, 20.0],
            "source_id": ["F01"] * 3,
        }
    )
    _fake_load(monkeypatch, {"settlement_currency_shares": shares})
    wide = series.rouble_and_yuan_shares()
    assert wide.loc[("2022-12", "exports", "F01"), "both_pct"] == pytest.approx(50.0)
    assert np.isnan(wide.loc[("2023-01", "exports", "F01"), "both_pct"])  # no rouble share stated: no sum


def test_pipeline_gas_bases_keep_each_producer_apart():
    gas = rucn_data.load("gas_imports_from_russia")
    wide = series.pipeline_gas_bases().set_index("year")
    officials = gas[gas["item"] == "pipeline_gas_power_of_siberia"].set_index("year")["value"]
    assert wide["russian_officials_bcm"].dropna().equals(officials.rename("russian_officials_bcm").astype(float))


def test_ledger_results_lists_every_check_result_in_the_order_asked():
    ids = ["2.1-040", "2.1-003"]
    table = ledger.results(ids)
    assert list(dict.fromkeys(table.index.get_level_values("id"))) == ids
    full = rucn_data.claims().set_index("id")
    for cid in ids:
        assert len(table.loc[cid]) == len(full.loc[cid, "results"].split(ledger.RESULT_SEPARATOR))
        decisive = table.loc[cid][table.loc[cid]["decisive"]]
        verdict = full.loc[cid, "verdict"]
        assert verdict == ("consistent" if decisive["agrees"].all() else "inconsistent")


# -- section-9 views, on hand-made frames whose answers are worked out by hand -----------------------------------------

MEMBERSHIP = pd.DataFrame(
    {
        "group": ["CLUB", "CLUB", "CLUB", "CLUB", "SEVEN", "SEVEN"],
        "iso3": ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF"],
        "member_since": ["1996-04-26", "1996-04-26", "2001", "2017-06-09", None, None],
        "as_of": ["2022-09-29", "2023-10", "2022-09-29", "2022-09-29", "2025", "2025"],
    }
)
VALUES = pd.DataFrame(
    {
        "iso3": ["AAA", "BBB", "CCC", "DDD", "WLD", "AAA", "BBB", "WLD", "EEE", "FFF"],
        "year": [2021, 2021, 2021, 2021, 2021, 2001, 2001, 2001, 2021, 2021],
        "gdp_current_usd": [10.0, 20.0, 5.0, 1.0, 100.0, 1.0, 2.0, 50.0, 7.0, 3.0],
    }
)


def test_group_members_are_those_who_had_joined_by_that_year():
    assert series.group_members("CLUB", 1999, membership=MEMBERSHIP) == ["AAA", "BBB"]
    assert series.group_members("CLUB", 2001, membership=MEMBERSHIP) == ["AAA", "BBB", "CCC"]
    assert series.group_members("CLUB", 2016, membership=MEMBERSHIP) == ["AAA", "BBB", "CCC"]
    assert series.group_members("CLUB", 2017, membership=MEMBERSHIP) == ["AAA", "BBB", "CCC", "DDD"]  # joined in June
    assert series.group_members("SEVEN", 2001, membership=MEMBERSHIP) == ["EEE", "FFF"]  # listed without dates


def test_a_member_that_left_stops_counting_after_the_year_it_left():
    left = MEMBERSHIP.assign(member_until=["2014-03", None, None, None, None, None])
    assert "AAA" in series.group_members("CLUB", 2014, membership=left)
    assert series.group_members("CLUB", 2015, membership=left) == ["BBB", "CCC"]


def test_membership_after_the_list_s_date_is_not_assumed():
    with pytest.raises(ValueError, match="recorded up to 2022"):  # the earliest as_of of the group's rows
        series.group_members("CLUB", 2023, membership=MEMBERSHIP)
    assert len(series.group_members("CLUB", 2023, membership=MEMBERSHIP, after_as_of=True)) == 4
    with pytest.raises(ValueError, match="CLUB, SEVEN"):
        series.group_members("NATO", 2021, membership=MEMBERSHIP)


def test_group_total_sums_the_members_of_that_year():
    out = series.group_total("CLUB", 2021, "gdp", membership=MEMBERSHIP, values=VALUES)
    assert out["total"] == 36.0 and out["members"] == ["AAA", "BBB", "CCC", "DDD"] and out["missing"] == []
    assert out["unit"] == "USD (current)"


def test_a_member_without_a_value_makes_the_total_missing_and_is_named():
    out = series.group_total("CLUB", 2001, "gdp", membership=MEMBERSHIP, values=VALUES)  # CCC has no 2001 value
    assert np.isnan(out["total"]) and out["missing"] == ["CCC"] and out["members"] == ["AAA", "BBB", "CCC"]
    with pytest.raises(ValueError, match="gdp, population"):
        series.group_total("CLUB", 2001, "trade", membership=MEMBERSHIP, values=VALUES)


def test_share_of_world_divides_by_the_world_row():
    out = series.share_of_world("SEVEN", 2021, "gdp", membership=MEMBERSHIP, values=VALUES)
    assert out["world"] == 100.0 and out["share_pct"] == pytest.approx(10.0)
    no_world = VALUES[VALUES["iso3"] != "WLD"]
    out = series.share_of_world("SEVEN", 2021, "gdp", membership=MEMBERSHIP, values=no_world)
    assert np.isnan(out["share_pct"]) and out["missing"] == ["WLD"]


PRICES = pd.DataFrame(
    {
        "date": pd.to_datetime(["2022-03-30", "2022-03-31", "2022-04-01", "2022-06-08", "2022-06-09", "2022-06-10"]),
        "brent_spot_usd_per_bbl": [100.0, 110.0, 120.0, 130.0, 130.0, None],  # a tie for the max; a day without Brent
        "wti_spot_usd_per_bbl": [90.0, 95.0, 99.0, 98.0, 97.0, 140.0],
        "source_id": ["P01"] * 6,
    }
)


def test_quarterly_price_statistics_and_the_day_of_the_max():
    q = series.oil_price_stats("brent", "quarterly", prices=PRICES)
    assert [str(p) for p in q.index] == ["2022Q1", "2022Q2"]
    assert q.loc[pd.Period("2022Q1"), ["mean", "max", "min", "days"]].tolist() == [105.0, 110.0, 100.0, 2]
    q2 = q.loc[pd.Period("2022Q2")]
    assert q2["mean"] == pytest.approx(380 / 3) and q2["days"] == 3  # the day without a price is left out
    assert q2["date_of_max"] == dt.date(2022, 6, 8)  # the first of the tied days
    wti = series.oil_price_stats("wti", "monthly", prices=PRICES)
    assert wti.loc[pd.Period("2022-06"), "date_of_max"] == dt.date(2022, 6, 10) and len(wti) == 3


def test_price_window_includes_both_ends_and_refuses_days_the_series_does_not_hold():
    w = series.oil_price_window("2022-03-31", "2022-06-08", prices=PRICES)
    assert (w["mean"], w["max"], w["min"], w["days"]) == (120.0, 130.0, 110.0, 3)
    assert w["date_of_max"] == dt.date(2022, 6, 8) and w["first_day"] == dt.date(2022, 3, 31)
    with pytest.raises(ValueError, match="not covered"):
        series.oil_price_window("2022-03-01", "2022-04-30", prices=PRICES)
    with pytest.raises(ValueError, match="after it ends"):
        series.oil_price_window("2022-06-08", "2022-03-31", prices=PRICES)
    with pytest.raises(ValueError, match="unknown price column"):
        series.oil_price_stats("urals", prices=PRICES)


VOTES = pd.DataFrame(
    {
        "resolution": ["A/RES/ES-11/1"] * 5 + ["A/RES/ES-11/6"] * 2,
        "iso3": ["AAA", "BBB", "CCC", "DDD", "EEE", "AAA", "BBB"],
        "vote": ["Y", "A", "NV", "Y", "N", "N", "N"],
        "m49_region": ["Africa", "Africa", "Africa", "Europe", "Europe", "Africa", "Africa"],
    }
)


def test_vote_counts_in_total_and_by_region():
    total = series.unga_vote_counts("ES-11/1", votes=VOTES)
    assert total.loc["A/RES/ES-11/1"].to_dict() == {"yes": 2, "no": 1, "abstain": 1, "non_voting": 1, "members": 5}
    regions = series.unga_vote_counts("A/RES/ES-11/1", by="m49_region", votes=VOTES)
    assert regions.loc["Africa"].to_dict() == {"yes": 1, "no": 0, "abstain": 1, "non_voting": 1, "members": 3}
    assert regions.loc["Europe"].to_dict() == {"yes": 1, "no": 1, "abstain": 0, "non_voting": 0, "members": 2}
    with pytest.raises(ValueError, match="A/RES/ES-11/1, A/RES/ES-11/6"):
        series.unga_vote_counts("ES-11/4", votes=VOTES)
    with pytest.raises(ValueError, match="vote code"):
        series.unga_vote_counts("ES-11/6", votes=VOTES.replace({"vote": {"N": "no"}}))


def test_shipped_country_votes_reproduce_the_record_s_totals():
    """Data test: the transcribed country votes against the totals the record itself gives."""
    totals = rucn_data.load("unga_vote_totals").set_index("resolution")
    assert len(totals) == 2
    for resolution, record in totals.iterrows():
        counted = series.unga_vote_counts(resolution).loc[resolution]
        assert {k: int(counted[k]) for k in ("yes", "no", "abstain", "non_voting")} == {
            k: int(record[k]) for k in ("yes", "no", "abstain", "non_voting")
        }
        assert counted["members"] == record["total_member_states"]


def test_russia_share_of_china_trade_uses_usd_totals_only_and_keeps_gaps():
    trade = pd.DataFrame({"year": [2021, 2022], "turnover_usd_bn": [150.0, None], "source_id": ["T01", None]})
    total = pd.DataFrame(
        {"year": [2021, 2022, 2022], "total_trade_usd_tn": [6.0, 7.5, None], "source_id": ["X01", "X02", "X03"]}
    )  # X03 states only a CNY total
    out = series.russia_share_of_china_trade(trade=trade, total=total)
    assert out["total_source_id"].tolist() == ["X01", "X02"]
    assert out.loc[0, "share_pct"] == pytest.approx(2.5) and np.isnan(out.loc[1, "share_pct"])
    assert series.russia_share_of_china_trade(2021, trade=trade, total=total)["year"].tolist() == [2021]


def test_claim_gaps_are_relative_to_the_printed_value_for_decided_claims_only(monkeypatch):
    frame = pd.DataFrame(
        {
            "id": ["a", "b", "c", "d", "e"],
            "section": ["2.1"] * 5,
            "printed": ["100", "-5", "7", "0", "3"],
            "unit": ["pct"] * 5,
            "value": [100.0, -5.0, 7.0, 0.0, 3.0],
            "computed": [110.0, -4.0, 7.0, 1.0, float("nan")],
            "verdict": ["consistent", "inconsistent", "unchecked", "consistent", "erratum"],
        }
    )
    monkeypatch.setattr(ledger, "claims", lambda: frame)
    gaps = series.claim_gaps()
    assert list(gaps["id"]) == ["a", "b"], "unchecked, printed-as-0 and uncomputed claims have no gap"
    assert gaps["gap_pct"].tolist() == pytest.approx([10.0, 20.0]), "(computed − printed) / |printed| × 100"
