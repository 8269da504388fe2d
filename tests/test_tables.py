"""Tables 1 and 2: printed strings kept, corrections beside them, every increase recomputable."""

from __future__ import annotations

import pytest

import rucn_data
from rucn_data.ledger import squash
from rucn_data.tables import best_values, recomputed_increase
from rucn_data.tolerance import interval

TABLES = ["table_1", "table_2"]


@pytest.mark.parametrize("name", TABLES)
def test_every_printed_increase_is_reproduced_within_its_rounding(name):
    for row in recomputed_increase(rucn_data.load(name)).itertuples():
        printed = interval(row.increase_pct, row.increase_pct_printed, "exact")
        assert row.increase_recomputed in printed, (
            f"{name} row {row.row} ({row.product}): recomputed {row.increase_recomputed:.3f}% "
            f"outside {printed} of printed {row.increase_pct_printed}"
        )


@pytest.mark.parametrize("name", TABLES)
def test_flags_corrections_and_notes_go_together(name):
    table = rucn_data.load(name)
    for year in ("2021", "2022"):
        corrected = table[f"value_{year}_corrected"].notna()
        flagged = table[f"value_{year}_flag"].isin(["malformed", "impossible"])
        assert (corrected == flagged).all(), f"{name} {year}: a correction without a flag, or a flag without one"
        assert table.loc[table[f"value_{year}_flag"] != "ok", "note"].notna().all()
        readable = table[f"value_{year}_flag"] != "malformed"
        parsed = table.loc[readable, f"value_{year}_printed"].str.replace(",", "").astype(float)
        assert (parsed == table.loc[readable, f"value_{year}"]).all(), "a value differs from its printed string"


def test_the_two_known_slips_are_corrected_and_the_printed_strings_kept():
    t1 = rucn_data.load("table_1").set_index("row")
    assert t1.loc[4, "value_2021_printed"] == "53.84" and t1.loc[4, "value_2021_flag"] == "impossible"
    t2 = rucn_data.load("table_2").set_index("row")
    assert t2.loc[2, "value_2022_printed"] == "3,.744.78" and t2.loc[2, "value_2022_flag"] == "malformed"
    assert t2.loc[2, "value_2022"] != t2.loc[2, "value_2022"]  # not readable as printed: NaN, not a guess


def test_best_values_use_corrections_without_changing_the_data():
    raw = rucn_data.load("table_1")
    best = best_values(raw)
    assert best["corrected"].sum() == 1
    assert raw.loc[raw["row"] == 4, "value_2021"].item() == pytest.approx(53.84)
    assert best.loc[best["row"] == 4, "value_2021"].item() == raw.loc[raw["row"] == 4, "value_2021_corrected"].item()


@pytest.mark.parametrize("name", TABLES)
def test_printed_strings_are_verbatim_from_the_report(name, report_text):
    text = squash(report_text)
    for row in rucn_data.load(name).itertuples():
        cells = squash(f"{row.product} {row.value_2021_printed} {row.value_2022_printed} {row.increase_pct_printed}")
        assert cells in text, f"{name} row {row.row} not found as printed: {row.product[:40]}"
