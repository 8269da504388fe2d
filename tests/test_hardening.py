"""Hostile input on scratch copies: descriptors that point elsewhere, lenient values, look-alike keys, failed writes.

Every case works on a copy of the data package (``data_copy``) or in ``tmp_path``; no shipped file is touched.
"""

from __future__ import annotations

import errno
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from rucn_data import datapackage, files, paths
from rucn_data.datapackage import DataPackage
from rucn_data.errors import DataValidationError, NotACheckoutError, NotebookError

pytestmark = pytest.mark.schedule_first  # a long file: handed to a worker first (conftest.py)

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("rehash_tool", ROOT / "tools" / "rehash.py")
rehash_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rehash_tool)


def descriptor_of(data_copy: Path) -> Path:
    return data_copy / "datapackage.json"


def edit_descriptor(data_copy: Path, change) -> None:
    path = descriptor_of(data_copy)
    pkg = json.loads(path.read_text(encoding="utf-8"))
    result = change(pkg)
    path.write_text(json.dumps(pkg if result is None else result), encoding="utf-8")


def resource(pkg: dict, name: str) -> dict:
    return next(r for r in pkg["resources"] if r["name"] == name)


def set_path(data_copy: Path, name: str, new_path: str) -> None:
    edit_descriptor(data_copy, lambda pkg: resource(pkg, name).update(path=new_path))


def load_error(data_copy: Path, name: str) -> DataValidationError:
    with pytest.raises(DataValidationError) as info:
        DataPackage(descriptor_of(data_copy)).load(name)
    return info.value


def describe_as_is(data_copy: Path) -> None:
    """Refresh the scratch descriptor's hashes, as a maintainer would after an edit (so parsing is what is tested)."""
    rehash_tool.rehash(descriptor_of(data_copy))


# -- the descriptor names only files inside its folder ----------------------------------------------------------


@pytest.mark.parametrize(
    "hostile",
    [
        "/etc/passwd",
        "../../../../etc/passwd",
        "/dev/zero",
        "data/../../x.csv",
        "C:/Windows/win.ini",
        "https://example.org/x.csv",
        "sub\\x.csv",
        "",
    ],
)
def test_a_path_that_is_not_plainly_inside_the_data_folder_fails_naming_the_descriptor(data_copy, hostile):
    set_path(data_copy, "trade_annual", hostile)
    with pytest.raises(DataValidationError) as info:
        DataPackage(descriptor_of(data_copy))
    message = str(info.value)
    assert str(descriptor_of(data_copy)) in message and "trade_annual" in message
    assert "root:" not in message  # nothing of the named file is read, let alone quoted


def test_a_file_outside_with_a_matching_hash_is_still_refused(data_copy, tmp_path):
    outside = tmp_path / "outside.csv"
    shutil.copy(data_copy / "trade_annual.csv", outside)  # same bytes: the descriptor's hash matches
    set_path(data_copy, "trade_annual", "../outside.csv")
    with pytest.raises(DataValidationError, match="climbs out"):
        DataPackage(descriptor_of(data_copy))


def test_a_symlink_out_of_the_data_folder_is_refused(data_copy, tmp_path):
    outside = tmp_path / "outside.csv"
    shutil.move(data_copy / "trade_annual.csv", outside)
    (data_copy / "trade_annual.csv").symlink_to(outside)
    err = load_error(data_copy, "trade_annual")
    assert "leads outside the data folder" in str(err) and str(descriptor_of(data_copy)) in str(err)


def test_a_symlink_to_a_system_file_is_refused_without_reading_it(data_copy):
    (data_copy / "trade_annual.csv").unlink()
    (data_copy / "trade_annual.csv").symlink_to("/etc/passwd")
    err = load_error(data_copy, "trade_annual")
    assert "leads outside" in str(err) and "root:" not in str(err)


def test_a_symlink_that_stays_inside_the_folder_loads(data_copy):
    (data_copy / "linked").mkdir()
    shutil.move(data_copy / "trade_annual.csv", data_copy / "linked" / "trade_annual.csv")
    (data_copy / "trade_annual.csv").symlink_to(Path("linked") / "trade_annual.csv")
    assert len(DataPackage(descriptor_of(data_copy)).load("trade_annual")) > 0


def test_a_symlink_to_a_device_inside_is_refused(data_copy):
    (data_copy / "trade_annual.csv").unlink()
    (data_copy / "trade_annual.csv").symlink_to("/dev/zero")
    assert "leads outside" in str(load_error(data_copy, "trade_annual"))


def test_a_pipe_in_place_of_a_data_file_fails_at_once(data_copy):
    (data_copy / "trade_annual.csv").unlink()
    os.mkfifo(data_copy / "trade_annual.csv")  # opening it for reading would wait for a writer
    start = time.monotonic()
    err = load_error(data_copy, "trade_annual")
    assert "not a regular file" in str(err) and time.monotonic() - start < 5


def test_a_folder_in_place_of_a_data_file_fails_naming_it(data_copy):
    (data_copy / "trade_annual.csv").unlink()
    (data_copy / "trade_annual.csv").mkdir()
    err = load_error(data_copy, "trade_annual")
    assert str(data_copy / "trade_annual.csv") in str(err) and "a folder" in str(err)


def test_a_huge_stale_file_fails_before_it_is_read(data_copy):
    """64 MB where the descriptor says about 2 kB: fails on the size, in little time and memory, without parsing."""
    path = data_copy / "trade_annual.csv"
    with open(path, "r+b") as fh:
        fh.truncate(64 * 2**20)
    tracemalloc.start()
    start = time.monotonic()
    err = load_error(data_copy, "trade_annual")
    seconds = time.monotonic() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "bytes where the descriptor says" in str(err)
    assert seconds < 5 and peak < 8 * 2**20, (seconds, peak)


def test_a_read_never_takes_more_than_the_described_bytes_plus_one(tmp_path):
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * (1000 + 2**20))  # bytes + 1 MB
    assert len(datapackage.read_regular_file(path, 1000)) == 1001


def test_a_stale_file_of_the_described_size_is_caught_by_the_hash_before_parsing(data_copy, monkeypatch):
    path = data_copy / "trade_annual.csv"
    path.write_bytes(path.read_bytes().replace(b"190.27", b"191.27"))

    def never(*args, **kwargs):
        raise AssertionError("the file was parsed before its hash was checked")

    monkeypatch.setattr(datapackage, "read_table", never)
    assert "sha256" in str(load_error(data_copy, "trade_annual"))


@pytest.mark.parametrize(
    "text, words",
    [
        ("[]", "not an object"),
        ("{}", "no 'resources'"),
        ('{"resources": {}}', "no 'resources'"),
        ('{"resources": [1]}', "not an object"),
        ('{"resources": [{"name": "x", "path": "x.csv"}]}', "no 'schema'"),
        ("{not json", "not JSON"),
        ("", "not JSON"),
    ],
)
def test_a_descriptor_that_is_not_a_package_fails_naming_it(data_copy, text, words):
    descriptor_of(data_copy).write_text(text, encoding="utf-8")
    with pytest.raises(DataValidationError) as info:
        DataPackage(descriptor_of(data_copy))
    assert str(descriptor_of(data_copy)) in str(info.value) and words in str(info.value)


def test_a_resource_without_bytes_or_hash_fails_naming_the_descriptor(data_copy):
    edit_descriptor(data_copy, lambda pkg: [resource(pkg, "table_1").pop(k) for k in ("bytes", "hash")] and None)
    with pytest.raises(DataValidationError, match="'table_1'.*bytes") as info:
        DataPackage(descriptor_of(data_copy))
    assert "hash" in str(info.value)


@pytest.mark.parametrize(
    "change, words",
    [
        (
            lambda pkg: resource(pkg, "trade_annual")["schema"]["foreignKeys"][0]["reference"].update(
                resource="nothing"
            ),
            "names a field that is not there",
        ),
        (lambda pkg: resource(pkg, "trade_annual").update(encoding="latin-1"), "UTF-8 only"),
        (lambda pkg: resource(pkg, "trade_annual")["schema"].update(missingValues="NaN"), "missingValues"),
        (lambda pkg: resource(pkg, "trade_annual")["schema"]["fields"][0].update(type="geopoint"), "not supported"),
        (lambda pkg: resource(pkg, "trade_annual")["schema"].update(primaryKey=["nope"]), "primary key field"),
        (lambda pkg: resource(pkg, "trade_annual").update(path=["trade_annual.csv"]), "one relative file path"),
        (lambda pkg: pkg["resources"].append(resource(pkg, "trade_annual")), "described twice"),
        (
            lambda pkg: resource(pkg, "sources")["schema"].update(
                foreignKeys=[{"fields": "id", "reference": {"resource": "trade_annual", "fields": "source_id"}}]
            ),
            "lead back to itself",
        ),
    ],
)
def test_a_resource_the_loader_cannot_read_fails_naming_the_descriptor(data_copy, change, words):
    edit_descriptor(data_copy, change)
    with pytest.raises(DataValidationError, match=words) as info:
        DataPackage(descriptor_of(data_copy))
    assert str(descriptor_of(data_copy)) in str(info.value)


def test_a_device_as_descriptor_fails(tmp_path):
    with pytest.raises(DataValidationError, match="not a regular file"):
        DataPackage("/dev/zero")


# -- values are read as strictly as the Table Schema writes them -----------------------------------------------

LENIENT = {  # (dataset, bytes to replace, replacement, column)
    "spaces around a number": ("trade_annual", b",56.83,", b", 56.83 ,", "turnover_usd_bn"),
    "underscore in a number": ("trade_annual", b",56.83,", b",5_6.83,", "turnover_usd_bn"),
    "full-width digits": ("trade_annual", b"\n2008,", "\n２００８,".encode(), "year"),
    "inf": ("trade_annual", b",56.83,", b",inf,", "turnover_usd_bn"),
    "Infinity": ("trade_annual", b",56.83,", b",Infinity,", "turnover_usd_bn"),
    "an overflowing number": ("trade_annual", b",56.83,", b",1e999,", "turnover_usd_bn"),
    "negative zero": ("oil_prices_eia", b",15.05,", b",-0,", "wti_spot_usd_bbl"),
    "the string NaN where only '' is missing": ("oil_prices_eia", b"1986,,", b"1986,NaN,", "brent_spot_usd_bbl"),
    "a decimal integer": ("trade_annual", b"\n2008,", b"\n2008.0,", "year"),
    "a date not in ISO form": ("sources", b",2026-", b",26-", "retrieved"),
    "a Cyrillic letter in a patterned id": ("trade_annual", b",T16,", ",Т16,".encode(), "source_id"),
    "full-width digits in a patterned id": ("trade_annual", b",T16,", ",T１６,".encode(), "source_id"),
    "a newline after a patterned id": ("trade_annual", b",T16,", b',"T16\n",', "source_id"),
}


@pytest.mark.parametrize("case", LENIENT)
def test_a_lenient_value_fails_with_line_and_column(data_copy, case):
    name, old, new, column = LENIENT[case]
    path = data_copy / f"{name}.csv"
    raw = path.read_bytes()
    assert old in raw
    at = raw.index(old) + old.startswith(b"\n")  # where the value's row starts
    line = raw[:at].count(b"\n") + 1
    path.write_bytes(raw.replace(old, new, 1))
    describe_as_is(data_copy)
    err = load_error(data_copy, name)
    assert [(p.line, p.column) for p in err.problems][:1] == [(line, column)], err


def test_a_nul_byte_fails_with_its_line(data_copy):
    path = data_copy / "sources.csv"
    raw = path.read_bytes()
    path.write_bytes(raw.replace(b"\n", b"\nC0\x00", 3).replace(b"\nC0\x00", b"\n", 2))
    describe_as_is(data_copy)
    err = load_error(data_copy, "sources")
    assert err.problems[0].line == 4 and "NUL" in err.problems[0].message


def test_the_string_nan_is_a_string_in_a_text_column(data_copy):
    path = data_copy / "trade_annual.csv"
    path.write_bytes(path.read_bytes().replace(b"\n2012,,,,,,missing,", b"\n2012,,,,,NaN,missing,", 1))
    describe_as_is(data_copy)
    frame = DataPackage(descriptor_of(data_copy)).load("trade_annual").set_index("year")
    assert frame.loc[2012, "statistical_basis"] == "NaN"


def test_nan_is_missing_where_the_schema_lists_it(data_copy):
    path = data_copy / "oil_prices_eia.csv"
    path.write_bytes(path.read_bytes().replace(b"\n1986,,", b"\n1986,NaN,", 1))
    edit_descriptor(data_copy, lambda pkg: resource(pkg, "oil_prices_eia")["schema"].update(missingValues=["", "NaN"]))
    describe_as_is(data_copy)
    frame = DataPackage(descriptor_of(data_copy)).load("oil_prices_eia").set_index("year")
    assert frame.loc[1986, "brent_spot_usd_bbl"] != frame.loc[1986, "brent_spot_usd_bbl"]  # missing, as now listed


def test_non_finite_numbers_load_only_where_the_field_allows_them(data_copy):
    path = data_copy / "oil_prices_eia.csv"
    path.write_bytes(path.read_bytes().replace(b"\n1986,,", b"\n1986,INF,", 1))
    describe_as_is(data_copy)
    assert load_error(data_copy, "oil_prices_eia").problems[0].column == "brent_spot_usd_bbl"

    def allow(pkg):
        fields = resource(pkg, "oil_prices_eia")["schema"]["fields"]
        next(f for f in fields if f["name"] == "brent_spot_usd_bbl")["nonFinite"] = True

    edit_descriptor(data_copy, allow)
    frame = DataPackage(descriptor_of(data_copy)).load("oil_prices_eia").set_index("year")
    assert frame.loc[1986, "brent_spot_usd_bbl"] == float("inf")


# -- keys that only look different collide -----------------------------------------------------------------


def _add_key_variant(data_copy, variant: str) -> int:
    """Append a copy of stated_rates' first data row with its subject replaced; return the new row's line."""
    path = data_copy / "stated_rates.csv"
    raw = path.read_bytes()
    first = raw.split(b"\n")[1]
    subject = first.split(b",")[1]
    path.write_bytes(raw + first.replace(subject, variant.encode(), 1) + b"\n")
    describe_as_is(data_copy)
    return raw.count(b"\n") + 1


@pytest.mark.parametrize(
    "variant, words",
    [
        ("China_Exports_To_Russia", "collides"),  # case only
        ("ｃｈｉｎａ_exports_to_russia", "collides"),  # full-width letters (NFKC)
        ("china_exports_to_russia ", "leading or trailing spaces"),  # a trailing space
        ("сhina_exports_to_russia", "mixes Cyrillic and Latin"),  # a Cyrillic с
    ],
)
def test_a_look_alike_primary_key_fails(data_copy, variant, words):
    line = _add_key_variant(data_copy, variant)
    err = load_error(data_copy, "stated_rates")
    assert any(p.line == line and words in p.message for p in err.problems), err


def test_a_look_alike_claim_id_fails_its_pattern(data_copy):
    path = data_copy / "claims.csv"
    path.write_bytes(path.read_bytes().replace(b"\nS-001,", "\nЅ-001,".encode(), 1))  # a Cyrillic Ѕ
    describe_as_is(data_copy)
    err = load_error(data_copy, "claims")
    assert err.problems[0].column == "id" and err.problems[0].line == 2


# -- writes are atomic -------------------------------------------------------------------------------------


class HalfWriter:
    """A file that writes half of what it is given, then fails as a full disk (or an interrupt) would."""

    def __init__(self, fh, failure):
        self.fh, self.failure = fh, failure

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.fh.close()

    def write(self, data):
        self.fh.write(data[: len(data) // 2])
        self.fh.flush()
        raise self.failure

    def __getattr__(self, name):
        return getattr(self.fh, name)


def fail_half_way(monkeypatch, failure=None):
    failure = failure or OSError(errno.ENOSPC, "No space left on device")
    real = os.fdopen
    monkeypatch.setattr(files.os, "fdopen", lambda fd, *a, **k: HalfWriter(real(fd, *a, **k), failure))


@pytest.mark.parametrize("failure", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()])
def test_a_write_that_fails_half_way_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch, failure):
    target = tmp_path / "out.txt"
    target.write_text("old contents\n", encoding="utf-8")
    fail_half_way(monkeypatch, failure)
    with pytest.raises(type(failure)) as info:
        files.write_text_atomic(target, "new contents " * 1000)
    assert target.read_text(encoding="utf-8") == "old contents\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]
    if isinstance(failure, OSError):
        assert info.value.filename == str(target) and info.value.errno == errno.ENOSPC


def test_an_atomic_write_replaces_the_file_and_keeps_its_mode(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    files.write_text_atomic(target, "new\n")
    assert target.read_text(encoding="utf-8") == "new\n" and target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_an_atomic_write_refuses_a_read_only_file_and_a_folder(tmp_path):
    target = tmp_path / "ro.txt"
    target.write_text("keep\n", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(PermissionError):
        files.write_text_atomic(target, "new\n")
    assert target.read_text(encoding="utf-8") == "keep\n"
    with pytest.raises(IsADirectoryError):
        files.write_text_atomic(tmp_path, "new\n")


def test_an_atomic_write_into_a_missing_folder_names_the_folder(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist") as info:
        files.write_text_atomic(tmp_path / "nowhere" / "out.txt", "x")
    assert info.value.filename == str(tmp_path / "nowhere" / "out.txt")


def test_a_notebook_save_that_fails_half_way_leaves_the_notebook(tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    import nbclient

    from rucn_data import notebooks

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
    nb.metadata["kernelspec"] = {"name": "something-else"}  # normalising changes it: the file is rewritten
    path = tmp_path / "n.ipynb"
    nbformat.write(nb, path)
    before = path.read_bytes()

    class NoKernel:  # executing is not what is tested: saving is
        def __init__(self, nb, **kwargs):
            pass

        def execute(self):
            pass

    monkeypatch.setattr(nbclient, "NotebookClient", NoKernel)
    fail_half_way(monkeypatch)
    with pytest.raises(OSError, match="No space"):
        notebooks.execute(path)
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["n.ipynb"]
    monkeypatch.undo()
    monkeypatch.setattr(nbclient, "NotebookClient", NoKernel)
    notebooks.execute(path)
    assert nbformat.read(path, as_version=4).metadata["kernelspec"]["name"] == "python3"


def test_an_empty_notebook_file_fails_naming_it(tmp_path):
    pytest.importorskip("nbformat")
    from rucn_data import notebooks

    path = tmp_path / "empty.ipynb"
    path.write_bytes(b"")
    with pytest.raises(NotebookError, match="empty.ipynb: not a readable notebook"):
        notebooks.execute(path)


def test_an_errata_write_that_fails_half_way_leaves_the_document(tmp_path, monkeypatch):
    from rucn_data.errata import write_errata

    path = tmp_path / "errata.md"
    path.write_text("old document\n", encoding="utf-8")
    fail_half_way(monkeypatch)
    with pytest.raises(OSError, match="No space"):
        write_errata(path)
    assert path.read_text(encoding="utf-8") == "old document\n"
    assert [p.name for p in tmp_path.iterdir()] == ["errata.md"]


def test_a_figure_write_that_fails_half_way_leaves_the_files(tmp_path, monkeypatch, checkout_cache):
    from rucn_data import figures

    for ext in figures.FORMATS:
        (tmp_path / f"fig2b_crude_share.{ext}").write_bytes(b"old")
    fail_half_way(monkeypatch)
    with pytest.raises(OSError, match="No space"):
        figures.save_all(["fig2b_crude_share"], tmp_path)
    assert all((tmp_path / f"fig2b_crude_share.{ext}").read_bytes() == b"old" for ext in figures.FORMATS)
    assert len(list(tmp_path.iterdir())) == len(figures.FORMATS)  # no temporary file left


# -- commands that write need a checkout ----------------------------------------------------------------------


def test_a_checkout_is_known_by_its_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "rucn_data"\n', encoding="utf-8")
    assert paths.is_checkout(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\n', encoding="utf-8")
    assert not paths.is_checkout(tmp_path)
    (tmp_path / "pyproject.toml").write_text("not toml [", encoding="utf-8")
    assert not paths.is_checkout(tmp_path)


def test_the_project_is_found_from_a_subfolder_when_the_package_is_installed_elsewhere(tmp_path, monkeypatch):
    monkeypatch.delenv("RUCN_PROJECT_DIR", raising=False)
    monkeypatch.setattr(paths, "PACKAGE_DIR", tmp_path / "site-packages" / "rucn_data")
    checkout = tmp_path / "clone"
    (checkout / "notebooks").mkdir(parents=True)
    (checkout / "pyproject.toml").write_text('[project]\nname = "rucn-data"\n', encoding="utf-8")
    monkeypatch.chdir(checkout / "notebooks")
    assert paths.project_dir() == checkout.resolve()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(NotACheckoutError, match="not in a rucn-data checkout"):
        paths.figures_dir()


def test_reproduce_from_an_empty_folder_with_the_package_installed_elsewhere_refuses(tmp_path):
    """A real process whose package is a copy outside any checkout, as an installed wheel is."""
    site = tmp_path / "site"
    shutil.copytree(paths.PACKAGE_DIR, site / "rucn_data", ignore=shutil.ignore_patterns("__pycache__"))
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "RUCN_PROJECT_DIR")}
    env["PYTHONPATH"] = str(site)
    where = subprocess.run(
        [sys.executable, "-c", "import rucn_data; print(rucn_data.__file__)"],
        cwd=empty,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(str(site)), where  # otherwise the run below would reproduce a real checkout
    for command in (["reproduce"], ["figures"]):
        run = subprocess.run(
            [sys.executable, "-m", "rucn_data", *command],
            cwd=empty,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert run.returncode == 2 and "not in a rucn-data checkout" in run.stderr and "Traceback" not in run.stderr
        assert str(empty) in run.stderr and run.stderr.count("\n") == 1
    assert list(empty.iterdir()) == []


# -- the maintainer's rehash ----------------------------------------------------------------------------------


def test_rehash_blesses_a_deliberate_edit_and_refuses_data_that_do_not_load(data_copy, capsys):
    path = data_copy / "trade_annual.csv"
    path.write_bytes(path.read_bytes().replace(b"190.27", b"191.27"))
    assert rehash_tool.main([str(descriptor_of(data_copy))]) == 0
    assert "trade_annual" in capsys.readouterr().out
    assert 191.27 in set(DataPackage(descriptor_of(data_copy)).load("trade_annual")["turnover_usd_bn"])
    before = descriptor_of(data_copy).read_bytes()
    path.write_bytes(path.read_bytes().replace(b"191.27", b"19O.27"))
    assert rehash_tool.main([str(descriptor_of(data_copy))]) == 1
    assert "19O.27" in capsys.readouterr().err and descriptor_of(data_copy).read_bytes() == before


def test_rehash_is_not_a_user_command(capsys):
    from rucn_data.cli import main

    with pytest.raises(SystemExit) as info:
        main(["rehash"])
    assert info.value.code == 2 and "invalid choice: 'rehash'" in capsys.readouterr().err
