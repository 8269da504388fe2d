"""The command line, as a user runs it."""
from __future__ import annotations

import io

import pandas as pd

import rucn_data
from rucn_data.cli import main


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_datasets_lists_every_dataset(capsys):
    code, out, _ = run(capsys, "datasets")
    assert code == 0
    for name in rucn_data.datasets()["name"]:
        assert name in out


def test_show_prints_metadata_and_writes_the_same_csv(capsys):
    code, out, _ = run(capsys, "show", "trade_annual")
    assert code == 0 and "Cite as:" in out and "USD bn" in out
    code, out, _ = run(capsys, "show", "trade_annual", "--csv", "-")
    back = pd.read_csv(io.StringIO(out))
    assert back["turnover_usd_bn"].equals(rucn_data.load("trade_annual")["turnover_usd_bn"].astype(float))


def test_unknown_dataset_is_an_error_with_suggestion(capsys):
    code, _, err = run(capsys, "show", "table1")
    assert code == 2 and "table_1" in err


def test_claims_filters_and_formats(capsys):
    code, out, _ = run(capsys, "claims", "--section", "2.1", "--verdict", "inconsistent", "--format", "csv")
    frame = pd.read_csv(io.StringIO(out))
    assert code == 0 and set(frame["section"].astype(str)) == {"2.1"} and set(frame["verdict"]) == {"inconsistent"}
    code, out, _ = run(capsys, "claims", "--section", "2.3", "--format", "md")
    assert code == 0 and out.startswith("| id |")
