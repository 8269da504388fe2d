"""The maintainer's importer: SOURCES.md's source tables become sources.csv, whatever each table's layout."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

from rucn_data.paths import DATA_DIR

TOOL = Path(__file__).resolve().parents[1] / "tools" / "import_reference.py"
spec = importlib.util.spec_from_file_location("import_reference", TOOL)
importer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(importer)

SOURCES_MD = """\
Retrieved: 2026-11-29 for every source below.

## 1. Old series

| id | publisher (as reported) | title / description | address | what was taken |
|---|---|---|---|---|
| A01 | Agency A | "First" | https://a.example/1 | 2021: 5 |
| B01 | Agency B | "Prices" | repo `x/y`, annual files | annual means |

## 2. Another old series

| id | publisher | title | address | what was taken |
|---|---|---|---|---|
| A01 | Agency A | see A01 above | see A01 above | 2022: 6 |

## 9. Added later

Retrieved: 2026-12-01, from stored snapshots.

| id | publisher | title / description | address | what was taken | licence |
|---|---|---|---|---|---|
| N01 | Bank N | `data/n.csv` | repo `n/n` | 2001–2022 | CC BY 4.0 |
| B01 | Agency B | `data/daily.csv` (daily) | repo `x/y`, daily files | every trading day | public domain |
| A01 | (existing) Agency A | as in SOURCES.md | as in SOURCES.md | also 2023: 7 | as in SOURCES.md |

| id | publisher | title | address | what was taken |
|---|---|---|---|---|
| W01 | Page W | "W" | https://w.example | membership |
"""


def by_id(text=SOURCES_MD) -> dict[str, dict]:
    return {r["id"]: r for r in importer.parse_sources(text)}


def test_each_table_is_read_in_its_own_layout():
    rows = by_id()
    assert rows["N01"] == {
        "id": "N01",
        "publisher": "Bank N",
        "title": "`data/n.csv`",
        "address": "repo `n/n`",
        "taken": "2001–2022",
        "retrieved": "2026-12-01",
        "licence": "CC BY 4.0",
    }
    assert rows["W01"]["licence"] == "" and rows["W01"]["taken"] == "membership"  # a table without a licence column


def test_retrieval_date_is_the_one_stated_above_the_table():
    rows = by_id()
    assert rows["A01"]["retrieved"] == "2026-11-29"
    assert rows["W01"]["retrieved"] == "2026-12-01"


def test_a_source_described_again_keeps_its_description_and_gains_the_addition():
    rows = by_id()
    b01 = rows["B01"]
    assert (b01["title"], b01["address"]) == ('"Prices"', "repo `x/y`, annual files")
    first, later = b01["taken"].split(" | ")
    assert first == "annual means"
    assert "every trading day" in later and "repo `x/y`, daily files" in later and "2026-12-01" in later
    assert b01["licence"] == "public domain"  # the later row's licence fills the empty one


def test_back_references_add_nothing_but_the_new_facts():
    a01 = by_id()["A01"]
    assert a01["title"] == '"First"' and a01["licence"] == ""  # "as in SOURCES.md" is not a licence
    parts = a01["taken"].split(" | ")
    assert parts[0] == "2021: 5" and parts[1] == "2022: 6"  # same retrieval date: nothing else to say
    assert parts[2].startswith("also 2023: 7") and "see A01" not in a01["taken"] and "as in" not in parts[2]


def test_a_row_that_does_not_fit_its_header_names_the_line():
    text = SOURCES_MD.replace(
        "| N01 | Bank N | `data/n.csv` | repo `n/n` | 2001–2022 | CC BY 4.0 |",
        "| N01 | Bank N | `data/n.csv` | repo `n/n` | 2001–2022 |",
    )
    line = text.splitlines().index("| N01 | Bank N | `data/n.csv` | repo `n/n` | 2001–2022 |") + 1
    with pytest.raises(SystemExit, match=f"line {line}: cannot split row 'N01'"):
        importer.parse_sources(text)


def test_an_unknown_column_heading_is_refused():
    with pytest.raises(SystemExit, match="unknown column heading"):
        importer.parse_sources(SOURCES_MD.replace("| what was taken | licence |", "| what was taken | terms |"))


def test_shipped_sources_csv_is_what_the_importer_makes_of_sources_md(reference_dir, tmp_path):
    rows = importer.parse_sources((reference_dir / "SOURCES.md").read_text(encoding="utf-8"))
    importer.write_sources(rows, tmp_path / "sources.csv")
    assert (tmp_path / "sources.csv").read_bytes() == (DATA_DIR / "sources.csv").read_bytes()
    with open(tmp_path / "sources.csv", encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == importer.FIELDS
