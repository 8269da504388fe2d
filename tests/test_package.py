"""Packaging promises: a light import, no network, shipped copies of the reference data."""
from __future__ import annotations

import csv
import subprocess
import sys

import pytest

from rucn_data.paths import DATA_DIR

COPIES = {
    "china_russia_trade_annual.csv": "trade_annual.csv",
    "china_crude_oil_imports_annual.csv": "crude_oil_imports.csv",
    "russia_trade_settlement_currency_shares.csv": "settlement_currency_shares.csv",
    "moex_fx_market_cny_share.csv": "fx_market_cny_share.csv",
    "oil_prices_annual_eia.csv": "oil_prices_eia.csv",
    "china_gas_imports_from_russia.csv": "gas_imports_from_russia.csv",
    "china_trade_with_regions_2022.csv": "china_trade_with_regions.csv",
    "china_bri_trade.csv": "china_bri_trade.csv",
    "india_russia_trade_fiscal_year.csv": "india_russia_trade.csv",
    "china_eaeu_trade.csv": "china_eaeu_trade.csv",
    "russia_china_trade_other_reporters.csv": "trade_other_reporters.csv",
}


def test_import_is_light():
    code = "import sys, rucn_data; print(sorted(m for m in ('pandas', 'matplotlib', 'pandera', 'nbclient') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_loading_opens_no_network_connection():
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise RuntimeError('network used')\n"
        "socket.socket.connect = refuse; socket.create_connection = refuse\n"
        "import rucn_data\n"
        "for name in rucn_data.datasets()['name']: rucn_data.load(name)\n"
        "rucn_data.claims()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("shared, shipped", COPIES.items())
def test_shipped_series_are_byte_copies_of_the_reference(shared, shipped, reference_dir):
    source = reference_dir / shared
    assert (DATA_DIR / shipped).read_bytes() == source.read_bytes(), f"{shipped} differs from {shared}"


def test_every_source_id_is_described_in_sources_md(reference_dir):
    text = (reference_dir / "SOURCES.md").read_text(encoding="utf-8")
    with open(DATA_DIR / "sources.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            assert f"| {row['id']} |" in text and row["address"] in text, row["id"]
