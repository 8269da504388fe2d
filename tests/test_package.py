"""Packaging promises: shipped copies of the reference data (a light import and no network: test_fresh_process.py)."""

from __future__ import annotations

import csv
import json

import pytest

from rucn_data.paths import DATA_DIR

RESOURCES = json.loads((DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))["resources"]
COPIES = {r["reference_file"]: r["path"] for r in RESOURCES if "reference_file" in r}


def test_every_reference_series_is_a_recorded_copy():
    assert len(COPIES) >= 11 and {"trade_annual.csv", "crude_oil_imports.csv"} <= set(COPIES.values())


# issue 9: the public series of SOURCES.md section 9, under the dataset names the interface promises
SECTION_9 = {
    "world_bank_gdp": "gdp_current_usd_worldbank.csv",
    "world_bank_population": "population_worldbank.csv",
    "group_membership": "group_membership.csv",
    "un_members": "un_member_states_country_converter.csv",
    "unga_votes": "unga_votes_es11_1_es11_6.csv",
    "unga_vote_totals": "unga_vote_totals.csv",
    "oil_prices_daily": "oil_prices_daily_eia_2022_2023.csv",
    "oil_prices_ei": "oil_prices_annual_ei.csv",
    "ei_gas_coal_trade": "ei_gas_coal_trade_selected.csv",
    "china_total_trade": "china_total_trade_annual.csv",
    "forecasts_jan2023": "forecasts_jan2023_wb_imf.csv",
    "china_europe_trains": "china_europe_trains.csv",
    "russia_car_market": "russia_car_market_chinese_brands.csv",
    "china_kazakhstan_trade": "china_kazakhstan_trade_2022.csv",
    "russia_africa_trade": "russia_africa_trade.csv",
}


def test_section_9_series_ship_under_their_interface_names():
    recorded = {r["name"]: r.get("reference_file") for r in RESOURCES}
    assert {name: recorded.get(name) for name in SECTION_9} == SECTION_9


@pytest.mark.parametrize("shared, shipped", COPIES.items())
def test_shipped_series_are_byte_copies_of_the_reference(shared, shipped, reference_dir):
    source = reference_dir / shared
    assert (DATA_DIR / shipped).read_bytes() == source.read_bytes(), f"{shipped} differs from {shared}"


def test_every_source_id_is_described_in_sources_md(reference_dir):
    text = (reference_dir / "SOURCES.md").read_text(encoding="utf-8")
    with open(DATA_DIR / "sources.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            assert f"| {row['id']} |" in text and row["address"] in text, row["id"]
