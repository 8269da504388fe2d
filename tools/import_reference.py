"""Copy the shared reference series into the package and build sources.csv from SOURCES.md.

Maintainer tool (needs ../shared, which a user's clone does not have). The CSVs are copied byte for byte
under the package's dataset names; SOURCES.md's source tables become ``sources.csv`` (one row per source
id). ``RUCN_SHARED_DIR`` names the shared folder where it is not ``../shared`` (e.g. from a git worktree).
Run ``python tools/rehash.py`` afterwards to refresh the descriptor's sha256 and byte counts.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RUCN_SHARED_DIR") or ROOT.parent / "shared") / "reference"
DATA = ROOT / "rucn_data" / "data"

DESCRIPTOR = DATA / "datapackage.json"


def copies() -> dict[str, str]:
    """Shared reference file -> shipped file, as the descriptor's ``reference_file`` records them."""
    resources = json.loads(DESCRIPTOR.read_text(encoding="utf-8"))["resources"]
    return {r["reference_file"]: r["path"] for r in resources if "reference_file" in r}


ROW = re.compile(r"^\|\s*([A-Z]\d\d)\s*\|(.*)\|\s*$")
HEADER = re.compile(r"^\|\s*id\s*\|(.*)\|\s*$")
RETRIEVED = re.compile(r"^Retrieved:\s*(\d{4}-\d{2}-\d{2})")
BACK_REFERENCE = re.compile(r"^(see |as in )", re.IGNORECASE)  # "see E01 above", "as in SOURCES.md"
# a table's column heading -> the sources.csv column it fills
COLUMNS = {
    "publisher": "publisher",
    "publisher (as reported)": "publisher",
    "title": "title",
    "title / description": "title",
    "address": "address",
    "what was taken": "taken",
    "licence": "licence",
}
FIELDS = ["id", "publisher", "title", "address", "taken", "retrieved", "licence"]


def parse_sources(text: str) -> list[dict]:
    """The rows of SOURCES.md's source tables, one per id, in the layout each table's header gives.

    A table's columns are read from its header (``| id | publisher | title | address | what was taken |``,
    optionally ``| licence |``). ``retrieved`` is the date of the last ``Retrieved: YYYY-MM-DD`` line above
    the row. An id described again later (E01 per series it feeds, P01 for its daily files) keeps its first
    publisher, title and address; what the later row adds is appended to ``taken`` (with the other file it
    names and its own retrieval date where they differ), and its licence fills an empty one.
    """
    by_id: dict[str, dict] = {}
    layout: list[str] | None = None
    retrieved = None
    for number, line in enumerate(text.splitlines(), start=1):
        if m := RETRIEVED.match(line):
            retrieved = m.group(1)
            continue
        if m := HEADER.match(line):
            headings = [c.strip() for c in m.group(1).split(" | ")]
            unknown = [h for h in headings if h not in COLUMNS]
            if unknown:
                raise SystemExit(f"SOURCES.md line {number}: unknown column heading(s) {unknown} in a source table")
            layout = [COLUMNS[h] for h in headings]
            continue
        m = ROW.match(line)
        if not m:
            continue
        sid = m.group(1)
        cells = [c.strip() for c in m.group(2).split(" | ")]
        if layout is None or len(cells) != len(layout):
            raise SystemExit(
                f"SOURCES.md line {number}: cannot split row {sid!r} into the "
                f"{1 + len(layout or [])} cells of its table's header: {line[:80]}"
            )
        if retrieved is None:
            raise SystemExit(f"SOURCES.md line {number}: row {sid!r} stands before any 'Retrieved: <date>' line")
        row = dict(zip(layout, cells))
        if sid not in by_id:
            by_id[sid] = {
                "id": sid,
                **{k: row.get(k, "") for k in FIELDS[1:5]},
                "retrieved": retrieved,
                "licence": row.get("licence", ""),
            }
            continue
        first = by_id[sid]
        added = row.get("taken", "")
        elsewhere = [
            row[k]
            for k in ("title", "address")
            if row.get(k) and row[k] != first[k] and not BACK_REFERENCE.match(row[k])
        ]
        if elsewhere:
            added = f"{added} (from {'; '.join(elsewhere)})"
        if retrieved != first["retrieved"]:
            added = f"{added} (retrieved {retrieved})"
        first["taken"] += " | " + added
        licence = row.get("licence", "")
        if licence and not first["licence"] and not BACK_REFERENCE.match(licence):
            first["licence"] = licence
    return sorted(by_id.values(), key=lambda r: r["id"])


def write_sources(rows: list[dict], path: Path) -> None:
    """Write ``sources.csv`` atomically: a reader never sees a half-written file."""
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    os.replace(tmp, path)


def main() -> int:
    if not SHARED.is_dir():
        print(
            f"no shared reference data at {SHARED} (set RUCN_SHARED_DIR to the folder holding reference/)",
            file=sys.stderr,
        )
        return 1
    pairs = copies()
    for src, dst in pairs.items():
        shutil.copyfile(SHARED / src, DATA / dst)
    rows = parse_sources((SHARED / "SOURCES.md").read_text(encoding="utf-8"))
    write_sources(rows, DATA / "sources.csv")
    print(f"copied {len(pairs)} series, {len(rows)} sources")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
