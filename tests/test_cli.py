"""The command line, as a user runs it."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import rucn_data
from rucn_data.cli import main

pytestmark = pytest.mark.schedule_first  # a long file: handed to a worker first (conftest.py)


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


# -- every expected failure: one line naming the file, status 1 or 2, no traceback ---------------------------


def one_line_error(err: str, *words: str) -> None:
    assert err.startswith("rucn: error: ") and err.count("\n") == 1 and "Traceback" not in err, err
    for word in words:
        assert word in err, err


def test_claims_filter_by_unchecked_reason(capsys):
    assert main(["claims", "--unchecked-reason", "data_not_found", "--format", "csv"]) == 0
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert (
        len(frame) and set(frame["verdict"]) == {"unchecked"} and set(frame["unchecked_reason"]) == {"data_not_found"}
    )
    with pytest.raises(SystemExit) as stop:
        main(["claims", "--unchecked-reason", "lazy"])
    assert stop.value.code == 2 and "forecast" in capsys.readouterr().err


def test_csv_is_written_to_a_file_as_to_standard_output(capsys, tmp_path):
    stdout = run(capsys, "show", "trade_annual", "--csv", "-")[1]
    assert run(capsys, "show", "trade_annual", "--csv", str(tmp_path / "out.csv"))[0] == 0
    assert (tmp_path / "out.csv").read_text(encoding="utf-8") == stdout
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_csv_into_a_missing_folder(capsys, tmp_path):
    target = tmp_path / "nowhere" / "out.csv"
    code, _, err = run(capsys, "show", "trade_annual", "--csv", str(target))
    assert code == 1
    one_line_error(err, str(target), "does not exist")


def test_csv_onto_a_folder(capsys, tmp_path):
    code, _, err = run(capsys, "show", "trade_annual", "--csv", str(tmp_path))
    assert code == 1
    one_line_error(err, str(tmp_path), "folder")


def test_csv_onto_a_read_only_file_leaves_it(capsys, tmp_path):
    target = tmp_path / "kept.csv"
    target.write_text("keep\n", encoding="utf-8")
    target.chmod(0o444)
    code, _, err = run(capsys, "show", "trade_annual", "--csv", str(target))
    assert code == 1 and target.read_text(encoding="utf-8") == "keep\n"
    one_line_error(err, str(target), "read-only")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
def test_csv_onto_a_full_device(capsys):
    code, _, err = run(capsys, "show", "trade_annual", "--csv", "/dev/full")
    assert code == 1
    one_line_error(err, "/dev/full", "No space")


def test_csv_onto_a_full_disk_leaves_the_old_file(capsys, tmp_path, monkeypatch):
    from rucn_data import files

    target = tmp_path / "old.csv"
    target.write_text("old\n", encoding="utf-8")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    code, _, err = run(capsys, "show", "trade_annual", "--csv", str(target))
    assert code == 1 and target.read_text(encoding="utf-8") == "old\n" and len(list(tmp_path.iterdir())) == 1
    one_line_error(err, str(target), "No space")


def usage_error(capsys, *args) -> str:
    with pytest.raises(SystemExit) as info:
        main(list(args))
    assert info.value.code == 2
    return capsys.readouterr().err


@pytest.mark.parametrize(
    "args, words",
    [
        (("show", "trade_annual", "--csv", ""), "--csv: an empty path"),
        (("show", "trade_annual", "--csv", "  "), "--csv: an empty path"),
        (("claims", "--section", "9.9"), "invalid choice: '9.9'"),
        (("reproduce", "--jobs", "0"), "not a positive whole number"),
        (("figures", "--out", ""), "--out: an empty path"),
        (("nosuchcommand",), "invalid choice"),
    ],
)
def test_bad_arguments_are_usage_errors(capsys, args, words):
    assert words in usage_error(capsys, *args)


def test_unknown_figure_name(capsys):
    code, _, err = run(capsys, "figures", "fig1_trade_turnovr")
    assert code == 2
    one_line_error(err, "fig1_trade_turnover")


@pytest.fixture
def outside_a_checkout(tmp_path, monkeypatch):
    """An empty current folder, and the package as if installed outside any checkout."""
    from rucn_data import paths
    from rucn_data.figures import style  # noqa: F401  (imported first: its STYLE is the real file, as in an install)

    monkeypatch.delenv("RUCN_PROJECT_DIR", raising=False)
    monkeypatch.setattr(paths, "PACKAGE_DIR", tmp_path / "site-packages" / "rucn_data")
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.chdir(empty)
    return empty


@pytest.mark.parametrize("command", [["reproduce"], ["figures"], ["figures", "fig2b_crude_share"]])
def test_commands_that_write_refuse_outside_a_checkout(capsys, outside_a_checkout, command):
    code, out, err = run(capsys, *command)
    assert code == 2 and out == "" and list(outside_a_checkout.iterdir()) == []
    one_line_error(err, str(outside_a_checkout), "not in a rucn-data checkout", "--out")


def test_figures_out_writes_elsewhere_without_a_checkout(
    capsys, outside_a_checkout, tmp_path, monkeypatch, checkout_cache_folder
):
    if checkout_cache_folder is not None:  # the shipped data only: the files may come from `make reproduce`'s cache,
        monkeypatch.setenv("RUCN_CACHE_DIR", str(checkout_cache_folder))  # named as a user names one for an install
    code, _, _ = run(capsys, "figures", "fig2b_crude_share", "--out", str(tmp_path / "mine"))
    assert code == 0 and sorted(p.name for p in (tmp_path / "mine").iterdir()) == [
        "fig2b_crude_share.pdf",
        "fig2b_crude_share.png",
        "fig2b_crude_share.svg",
    ]
    assert list(outside_a_checkout.iterdir()) == []
    a_file = tmp_path / "mine" / "fig2b_crude_share.svg"
    code, _, err = run(capsys, "figures", "fig2b_crude_share", "--out", str(a_file))
    assert code == 2
    one_line_error(err, "fig2b_crude_share.svg", "not a folder")


def test_figures_into_a_folder_that_cannot_be_written(capsys, tmp_path, monkeypatch, checkout_cache):
    from rucn_data import files

    real = files.os.open

    def refuse(path, *args, **kwargs):
        if str(path).endswith(".tmp"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(files.os, "open", refuse)
    code, _, err = run(capsys, "figures", "fig2b_crude_share", "--out", str(tmp_path))
    assert code == 1 and list(tmp_path.iterdir()) == []
    one_line_error(err, str(tmp_path / "fig2b_crude_share.svg"), "Permission denied")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_figures_into_a_read_only_folder(capsys, tmp_path, checkout_cache):
    tmp_path.chmod(0o555)
    try:
        code, _, err = run(capsys, "figures", "fig2b_crude_share", "--out", str(tmp_path))
    finally:
        tmp_path.chmod(0o755)
    assert code == 1
    one_line_error(err, str(tmp_path))


def test_reproduce_in_a_checkout_without_notebooks(capsys, tmp_path, monkeypatch):
    pytest.importorskip("nbclient")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "rucn-data"\n', encoding="utf-8")
    monkeypatch.setenv("RUCN_PROJECT_DIR", str(tmp_path))
    code, _, err = run(capsys, "reproduce")
    assert code == 1 and sorted(p.name for p in tmp_path.iterdir()) == ["pyproject.toml"]
    one_line_error(err, str(tmp_path / "notebooks"), "no notebooks")


@pytest.fixture
def scratch_package(data_copy, monkeypatch):
    """The CLI reads the scratch copy instead of the shipped data."""
    from rucn_data import datapackage

    monkeypatch.setattr(datapackage, "default", lambda: datapackage.DataPackage(data_copy / "datapackage.json"))
    return data_copy


@pytest.mark.parametrize("text", ["[]", "{}", '{"resources": [{"name": "trade_annual", "path": "trade_annual.csv"}]}'])
def test_a_broken_descriptor_names_it(capsys, scratch_package, text):
    (scratch_package / "datapackage.json").write_text(text, encoding="utf-8")
    code, _, err = run(capsys, "show", "trade_annual")
    assert code == 1 and str(scratch_package / "datapackage.json") in err and "Traceback" not in err


def test_each_problem_of_a_data_file_is_one_line_naming_it(capsys, scratch_package):
    import importlib.util

    path = scratch_package / "trade_annual.csv"
    path.write_bytes(path.read_bytes().replace(b",56.83,", b", 56.83 ,").replace(b",38.8,", b",3_8.8,"))
    spec = importlib.util.spec_from_file_location("rehash_tool", Path(__file__).parents[1] / "tools" / "rehash.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    tool.rehash(scratch_package / "datapackage.json")
    code, _, err = run(capsys, "show", "trade_annual")
    lines = err.splitlines()
    assert code == 1 and len(lines) == 2 and "Traceback" not in err
    assert all(line.startswith(f"rucn: error: {path}: line ") and "turnover_usd_bn" in line for line in lines)


def test_a_data_file_replaced_by_a_folder_names_it(capsys, scratch_package):
    (scratch_package / "trade_annual.csv").unlink()
    (scratch_package / "trade_annual.csv").mkdir()
    code, _, err = run(capsys, "show", "trade_annual")
    assert code == 1 and str(scratch_package / "trade_annual.csv") in err and "not a regular file" in err


def _cli(args, **kwargs):
    return subprocess.Popen(
        [sys.executable, "-m", "rucn_data", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs
    )


def test_a_reader_that_stops_early_is_a_clean_broken_pipe():
    """`rucn show claims --csv - | head -3`: the reader has gone by the time the output is written."""
    proc = _cli(["show", "claims", "--csv", "-"])
    proc.stdout.close()  # before the first byte is written: the write must meet a closed pipe
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=120) == 1
    one_line_error(err, "broken pipe")


def test_a_reader_that_takes_three_lines_gets_them_and_no_traceback():
    proc = _cli(["show", "claims", "--csv", "-"])
    lines = [proc.stdout.readline() for _ in range(3)]
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=120) in (0, 1) and lines[0].startswith(b"id,section,") and "Traceback" not in err


def test_a_non_utf8_terminal_gets_readable_text_and_utf8_csv():
    env = dict(os.environ, PYTHONIOENCODING="ascii")
    shown = subprocess.run(
        [sys.executable, "-m", "rucn_data", "show", "trade_annual"],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert shown.returncode == 0 and shown.stderr == b""
    text = shown.stdout.decode("ascii")  # every byte is ASCII
    assert "China-Russia merchandise trade" in text  # the en dash as a hyphen, not an encoding error
    csv_out = subprocess.run(
        [sys.executable, "-m", "rucn_data", "show", "sources", "--csv", "-"],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert csv_out.returncode == 0 and "→".encode() in csv_out.stdout  # CSV stays UTF-8, whatever the terminal
