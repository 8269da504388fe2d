"""Derived series: computed from the shipped data, and a gap stays a gap."""
from __future__ import annotations

import numpy as np

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


def test_crude_share_flags_shares_that_mix_producers():
    share = series.crude_share().set_index("year")
    both = share["russia_share_pct"].notna()
    assert (share.loc[~both, "mixed_basis"] == False).all()  # noqa: E712
    mixed = share[share["mixed_basis"]]
    assert len(mixed) and (mixed["basis_from_russia"] != mixed["basis_total"]).all()
    np.testing.assert_allclose(share.loc[both, "russia_share_pct"],
                               share.loc[both, "from_russia_mt"] / share.loc[both, "total_mt"] * 100)


def test_rouble_and_yuan_shares_sum_only_where_both_are_stated():
    wide = series.rouble_and_yuan_shares()
    assert wide["both_pct"].isna().equals(wide["rub_pct"].isna() | wide["cny_pct"].isna())
    np.testing.assert_allclose(wide["both_pct"].dropna(), (wide["rub_pct"] + wide["cny_pct"]).dropna())


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
