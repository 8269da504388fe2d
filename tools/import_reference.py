"""Copy the shared reference series into the package and build sources.csv from SOURCES.md.

Maintainer tool (needs ../shared, which a user's clone does not have). The CSVs are copied byte for byte
under the package's dataset names; SOURCES.md's source tables become ``sources.csv`` (one row per source
id). Run ``python -m rucn_data rehash`` afterwards to refresh the descriptor's sha256 and byte counts.
"""
from __future__ import annotations

import csv
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "reference"
DATA = ROOT / "rucn_data" / "data"

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

ROW = re.compile(r"^\|\s*([A-Z]\d\d)\s*\|(.*)\|\s*$")


def parse_sources(text: str) -> list[dict]:
    """The rows of SOURCES.md's tables: id | publisher | title | address | what was taken."""
    by_id: dict[str, dict] = {}
    for line in text.splitlines():
        m = ROW.match(line)
        if not m:
            continue
        cells = [c.strip() for c in m.group(2).split(" | ")]
        if len(cells) != 4:
            raise SystemExit(f"SOURCES.md: cannot split row {m.group(1)!r} into 5 cells: {line[:80]}")
        publisher, title, address, taken = cells
        sid = m.group(1)
        if sid in by_id:  # E01 is described once per series it feeds
            by_id[sid]["taken"] += " | " + taken
            continue
        by_id[sid] = {"id": sid, "publisher": publisher, "title": title, "address": address,
                      "taken": taken, "retrieved": "2026-11-29"}
    return sorted(by_id.values(), key=lambda r: r["id"])


def main() -> int:
    if not SHARED.is_dir():
        print(f"no shared reference data at {SHARED}", file=sys.stderr)
        return 1
    for src, dst in COPIES.items():
        shutil.copyfile(SHARED / src, DATA / dst)
    rows = parse_sources((SHARED / "SOURCES.md").read_text(encoding="utf-8"))
    with open(DATA / "sources.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"copied {len(COPIES)} series, {len(rows)} sources")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
