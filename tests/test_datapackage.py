"""The data package: its descriptor is complete and standard, and every load is validated."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

import rucn_data
from rucn_data.datapackage import DataPackage
from rucn_data.errors import DataValidationError, UnknownDatasetError
from rucn_data.paths import DESCRIPTOR

pytestmark = pytest.mark.schedule_first  # a long file: handed to a worker first (conftest.py)

PACKAGE = json.loads(DESCRIPTOR.read_text(encoding="utf-8"))
NAMES = [r["name"] for r in PACKAGE["resources"]]
_spec = importlib.util.spec_from_file_location("rehash", Path(__file__).parents[1] / "tools" / "rehash.py")
_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_tool)
rehash = _tool.rehash  # the maintainer tool, run on scratch copies only
REQUIRED_DATASETS = {
    "table_1",
    "table_2",
    "trade_annual",
    "crude_oil_imports",
    "claims",
    # the public reference series of issue 9: their names are part of the interface
    "world_bank_gdp",
    "world_bank_population",
    "group_membership",
    "un_members",
    "unga_votes",
    "unga_vote_totals",
    "oil_prices_daily",
    "oil_prices_ei",
    "ei_gas_coal_trade",
    "china_total_trade",
    "forecasts_jan2023",
    "china_europe_trains",
    "russia_car_market",
    "china_kazakhstan_trade",
    "russia_africa_trade",
}
# integer columns that are codes or positions, not quantities: the only ones allowed without a unit
INTEGER_IDENTIFIERS = {("table_1", "row"), ("table_1", "hs_chapter"), ("table_2", "row"), ("table_2", "hs_chapter")}


def test_interface_datasets_are_shipped():
    assert REQUIRED_DATASETS <= set(NAMES)


def test_descriptor_is_a_valid_frictionless_package_and_data_match_it(checkout_cache):
    """An independent validator (frictionless) agrees with our loader: schema, hashes, foreign keys."""
    valid, errors = frictionless_report()
    assert valid, errors


def frictionless_report() -> tuple[bool, list]:
    """frictionless's verdict on the shipped package and its first errors. It reads only the data folder, so the
    verdict is kept in the checkout's cache under the sha256 of every file there, frictionless's version and this
    module's source: any change to them validates anew."""
    from importlib.metadata import PackageNotFoundError, version

    from rucn_data import cache

    try:
        validator = f"frictionless {version('frictionless')}"
    except PackageNotFoundError:
        pytest.skip("frictionless is not installed")
    files = hashlib.sha256(Path(__file__).read_bytes())
    for path in sorted(p for p in DESCRIPTOR.parent.rglob("*") if p.is_file()):
        files.update(b"\0" + str(path.relative_to(DESCRIPTOR.parent)).encode() + b"\0" + path.read_bytes())
    entry = cache.key("frictionless", validator, files.hexdigest())
    found = cache.get(entry)
    if not isinstance(found, tuple):
        import frictionless

        report = frictionless.validate(str(DESCRIPTOR))
        found = (report.valid, report.flatten(["resource/name", "rowNumber", "fieldName", "type", "note"])[:10])
        cache.put(entry, found)
    return found


@pytest.mark.parametrize("name", NAMES)
def test_resource_carries_provenance(name):
    res = next(r for r in PACKAGE["resources"] if r["name"] == name)
    for key in ("title", "description", "producer", "citation", "sources", "licenses", "schema", "hash", "bytes"):
        assert res.get(key), f"{name}: no {key}"
    for src in res["sources"]:
        assert src.get("title") and src.get("path") and src.get("publisher"), (
            f"{name}: a source lacks title, address or publisher"
        )
        dt.date.fromisoformat(src["retrieved"])  # a real date, not free text
    for lic in res["licenses"]:
        assert lic.get("name"), f"{name}: a licence without a name"
    assert res["schema"].get("primaryKey"), f"{name}: no primary key"
    for field in res["schema"]["fields"]:
        assert field.get("description"), f"{name}.{field['name']}: no description"
        if field["type"] == "number" or field["type"] == "integer" and (name, field["name"]) not in INTEGER_IDENTIFIERS:
            assert field.get("unit"), f"{name}.{field['name']}: a numeric column (count, year, %) without a unit"


@pytest.mark.parametrize("name", NAMES)
def test_every_source_column_is_a_foreign_key_into_sources(name):
    res = next(r for r in PACKAGE["resources"] if r["name"] == name)
    keys = {fk["fields"]: fk["reference"] for fk in res["schema"].get("foreignKeys", [])}
    for field in res["schema"]["fields"]:
        if field["name"] == "source_id" or field["name"].endswith("_source_id"):
            assert keys.get(field["name"]) == {"resource": "sources", "fields": "id"}, f"{name}.{field['name']}"


@pytest.mark.parametrize("name", NAMES)
def test_load_returns_validated_frame_with_metadata(name):
    frame = rucn_data.load(name)
    assert len(frame) > 0
    res = next(r for r in PACKAGE["resources"] if r["name"] == name)
    assert list(frame.columns) == [f["name"] for f in res["schema"]["fields"]]
    meta = frame.attrs
    assert meta["title"] == res["title"] and meta["sources"] and meta["licenses"]
    assert set(meta["fields"]) == set(frame.columns)
    assert frame[res["schema"]["primaryKey"]].duplicated().sum() == 0


def test_loads_are_independent_copies():
    first = rucn_data.load("trade_annual")
    first.loc[:, "turnover_usd_bn"] = 0.0
    assert rucn_data.load("trade_annual")["turnover_usd_bn"].max() > 0


def test_datasets_lists_every_resource_with_units_and_source():
    table = rucn_data.datasets()
    assert list(table["name"]) == NAMES
    assert {"name", "title", "units", "source", "licence"} <= set(table.columns)
    assert "USD bn" in table.set_index("name").loc["trade_annual", "units"]


def test_missing_years_stay_missing():
    trade = rucn_data.load("trade_annual").set_index("year")
    assert trade.loc[2012, ["turnover_usd_bn", "china_exports_to_russia_usd_bn"]].isna().all()
    assert trade.loc[2012, "quality_flag"] == "missing"
    crude = rucn_data.load("crude_oil_imports").set_index("year")
    assert crude.loc[2019, "crude_imports_from_russia_mt"] != crude.loc[2019, "crude_imports_from_russia_mt"]  # NaN


# -- bad input fails loudly, naming file, line and column ------------------------------------------------


def test_unknown_name_lists_valid_names_and_suggests_the_closest():
    with pytest.raises(UnknownDatasetError) as info:
        rucn_data.load("trade_anual")
    message = str(info.value)
    assert "'trade_annual'?" in message and "table_1" in message and "crude_oil_imports" in message


def line_of(data_copy, name, needle: bytes) -> int:
    """The 1-based line of the shipped file on which ``needle`` first stands."""
    raw = (data_copy / f"{name}.csv").read_bytes()
    return raw[: raw.index(needle)].count(b"\n") + 1


def _load_corrupted(data_copy, name, mutate, described=True):
    """Alter a scratch file; ``described``: refresh the scratch descriptor's hash, so that parsing is what fails."""
    path = data_copy / f"{name}.csv"
    path.write_bytes(mutate(path.read_bytes()))
    if described:
        rehash(data_copy / "datapackage.json")
    with pytest.raises(DataValidationError) as info:
        DataPackage(data_copy / "datapackage.json").load(name)
    assert str(path) in str(info.value)
    return info.value


def test_truncated_file(data_copy):
    err = _load_corrupted(data_copy, "trade_annual", lambda b: b[: len(b) // 2])
    assert any(p.line for p in err.problems)


def test_file_cut_at_a_line_end_is_caught_by_its_size(data_copy):
    err = _load_corrupted(data_copy, "trade_annual", lambda b: b"\n".join(b.split(b"\n")[:8]) + b"\n", described=False)
    assert "bytes where the descriptor says" in str(err) and "altered" in str(err)


def test_empty_file(data_copy):
    err = _load_corrupted(data_copy, "table_1", lambda b: b"")
    assert "empty" in str(err)


BAD_VALUES = {  # dataset, the cell as shipped, as corrupted, the column, what the message must quote
    "mistyped-number": ("trade_annual", b"190.27", b"19O.27", "turnover_usd_bn", "19O.27"),
    "vote-outside-the-record-s-codes": (
        "unga_votes",
        b"ES-11/6,2023-02-23,AFG,Afghanistan,Y,",
        b"ES-11/6,2023-02-23,AFG,Afghanistan,Yes,",
        "vote",
        "'Yes'",
    ),
    "impossible-date": ("oil_prices_daily", b"2022-02-28,", b"2022-02-30,", "date", "2022-02-30"),
}


@pytest.mark.parametrize("dataset, good, bad, column, quoted", BAD_VALUES.values(), ids=BAD_VALUES.keys())
def test_a_bad_value_names_its_line_and_column(data_copy, dataset, good, bad, column, quoted):
    line = line_of(data_copy, dataset, good)
    err = _load_corrupted(data_copy, dataset, lambda b: b.replace(good, bad, 1))
    (problem,) = err.problems
    assert problem.column == column and problem.line == line and quoted in problem.message


def test_missing_column(data_copy):
    def drop_turnover(raw: bytes) -> bytes:
        rows = [line.split(b",") for line in raw.split(b"\n")]
        return b"\n".join(b",".join(r[:3] + r[4:]) if len(r) > 3 else b",".join(r) for r in rows)

    err = _load_corrupted(data_copy, "crude_oil_imports", drop_turnover)
    assert "missing column" in str(err) and err.problems[0].line == 1


def test_duplicated_key_names_both_lines(data_copy):
    err = _load_corrupted(data_copy, "oil_prices_eia", lambda b: b + b.split(b"\n")[5] + b"\n")
    lines = {p.line for p in err.problems if p.column == "year"}
    assert len(lines) == 2 and all("duplicate" in p.message for p in err.problems)


def test_altered_value_is_caught_by_the_hash(data_copy):
    err = _load_corrupted(data_copy, "trade_annual", lambda b: b.replace(b"190.27", b"191.27"), described=False)
    assert "sha256" in str(err) and "altered" in str(err)


def test_value_out_of_constraint(data_copy):
    line = line_of(data_copy, "settlement_currency_shares", b",87,F01")
    err = _load_corrupted(data_copy, "settlement_currency_shares", lambda b: b.replace(b",87,F01", b",187,F01"))
    assert err.problems[0].column == "share_pct" and err.problems[0].line == line


def test_ragged_row(data_copy):
    line = line_of(data_copy, "table_2", b"\n3,") + 1
    err = _load_corrupted(data_copy, "table_2", lambda b: b.replace(b"\n3,", b"\n3,extra,", 1))
    assert "cells where the header has" in str(err) and err.problems[0].line == line


def test_not_utf8(data_copy):
    err = _load_corrupted(data_copy, "sources", lambda b: b.replace("→".encode(), b"\xff", 1))
    assert "UTF-8" in str(err)


def test_broken_foreign_key(data_copy):
    err = _load_corrupted(data_copy, "trade_annual", lambda b: b.replace(b",T17,", b",T99,"))
    assert err.problems[0].column == "source_id" and "T99" in err.problems[0].message


def test_voter_that_is_not_a_un_member(data_copy):
    err = _load_corrupted(data_copy, "unga_votes", lambda b: b.replace(b",AFG,Afghanistan,", b",XAF,Afghanistan,"))
    assert {p.column for p in err.problems} == {"iso3"} and all("XAF" in p.message for p in err.problems)
    assert len(err.problems) == 2  # one per resolution


def test_missing_file(data_copy):
    (data_copy / "china_eaeu_trade.csv").unlink()
    with pytest.raises(DataValidationError, match="missing"):
        DataPackage(data_copy / "datapackage.json").load("china_eaeu_trade")
