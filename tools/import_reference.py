"""Copy the shared reference series into the package and build sources.csv from SOURCES.md.

Maintainer tool (needs ../shared, which a user's clone does not have). The CSVs are copied byte for byte
under the package's dataset names; SOURCES.md's source tables become ``sources.csv`` (one row per source
id). Run ``python tools/rehash.py`` afterwards to refresh the descriptor's sha256 and byte counts.
"""
from __future__ import annotations

import csv
import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "reference"
DATA = ROOT / "rucn_data" / "data"

DESCRIPTOR = DATA / "datapackage.json"


def copies() -> dict[str, str]:
    """Shared reference file -> shipped file, as the descriptor's ``reference_file`` records them."""
    resources = json.loads(DESCRIPTOR.read_text(encoding="utf-8"))["resources"]
    return {r["reference_file"]: r["path"] for r in resources if "reference_file" in r}

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
    pairs = copies()
    for src, dst in pairs.items():
        shutil.copyfile(SHARED / src, DATA / dst)
    rows = parse_sources((SHARED / "SOURCES.md").read_text(encoding="utf-8"))
    with open(DATA / "sources.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"copied {len(pairs)} series, {len(rows)} sources")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
