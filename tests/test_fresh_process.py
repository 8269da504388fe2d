"""What a new interpreter does, as a user's first session does it: a light import, no network, seaborn only for the
figure that needs it, and the committed figure bytes again under another hash seed, without SOURCE_DATE_EPOCH and
without a cache.

One interpreter runs the whole session below (starting one costs about a second); each test reads what it saw. A
whole run starts it at the run's start, beside the other tests (the root conftest.py calls ``start``), and this file
comes last, to find it done; run alone, the file starts it itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from rucn_data import figures

ROOT = Path(__file__).resolve().parents[1]
SAVED = "fig2b_crude_share"  # hatched bars, a legend, a caption: what a byte difference would show in
HEAVY = ("pandas", "matplotlib", "seaborn", "pandera", "nbclient")

SESSION = """
import json, socket, sys

connections = []

def refuse(*args, **kwargs):
    connections.append(repr(args[1:] or kwargs)[:80])
    raise OSError("no network here")

socket.socket.connect = refuse
socket.create_connection = refuse
seen = {{}}
import rucn_data
seen["after import rucn_data"] = sorted(m for m in {heavy!r} if m in sys.modules)
from rucn_data import figures
seen["after import rucn_data.figures"] = sorted(m for m in {heavy!r} if m in sys.modules)
seen["figures registered"] = len(figures.REGISTRY)
from rucn_data import ledger, views
for name in rucn_data.datasets()["name"]:
    rucn_data.load(name)
rucn_data.claims()
ledger.view(["2.1-002"])._repr_html_()
figures.draw("ledger_verdicts")
figures.save(figures.draw({saved!r}), {saved!r}, {out!r})
seen["seaborn before ledger_gaps"] = "seaborn" in sys.modules
figures.draw("ledger_gaps")
seen["seaborn after ledger_gaps"] = "seaborn" in sys.modules
seen["connections"] = connections
print(json.dumps(seen))
"""


STARTED = "RUCN_FRESH_SESSION"  # the folder of the session the run started (set by the root conftest.py)


def start(folder: Path) -> subprocess.Popen:
    """Start the new interpreter on SESSION, its output going to files in ``folder``; ``returncode`` is written there
    when it ends (``finished`` reads them)."""
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env.update(PYTHONHASHSEED="4711", MPLCONFIGDIR=str(folder / "mplconfig"), RUCN_CACHE_DIR="")
    code = textwrap.dedent(SESSION).format(heavy=HEAVY, saved=SAVED, out=str(folder / "there"))
    with open(folder / "stdout", "wb") as out, open(folder / "stderr", "wb") as err:
        proc = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=folder, stdout=out, stderr=err)

    def note_the_end() -> None:
        (folder / "returncode.tmp").write_text(str(proc.wait()))
        (folder / "returncode.tmp").replace(folder / "returncode")

    threading.Thread(target=note_the_end, daemon=True).start()
    return proc


def finished(folder: Path, timeout: float = 300) -> tuple[int, str, str]:
    """The session's return code, standard output and error, once it has ended."""
    deadline = time.monotonic() + timeout
    while not (folder / "returncode").is_file():
        assert time.monotonic() < deadline, f"the fresh interpreter did not finish within {timeout:.0f} s"
        time.sleep(0.05)
    code, out, err = ((folder / name).read_text(encoding="utf-8") for name in ("returncode", "stdout", "stderr"))
    return int(code), out, err


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> tuple[dict, Path]:
    """What the new interpreter saw, and the folder it saved ``SAVED`` into."""
    folder = Path(os.environ.get(STARTED) or tmp_path_factory.mktemp("fresh"))
    if STARTED not in os.environ:
        start(folder)
    code, out, err = finished(folder)
    assert code == 0, err.strip().splitlines()[-1:]
    return json.loads(out), folder / "there"


def test_import_is_light(fresh):
    seen, _ = fresh
    assert seen["after import rucn_data"] == []
    assert "matplotlib" not in seen["after import rucn_data.figures"] and seen["figures registered"] > 0


def test_loading_and_checking_open_no_network_connection(fresh):
    seen, _ = fresh
    assert seen["connections"] == []


def test_seaborn_loads_only_when_the_figure_that_uses_it_is_drawn(fresh):
    seen, _ = fresh
    assert seen["seaborn before ledger_gaps"] is False
    assert seen["seaborn after ledger_gaps"] is True


@pytest.mark.parametrize("fmt", figures.FORMATS)
def test_identical_bytes_in_a_fresh_process_with_other_seeds(fresh, fmt):
    _, there = fresh
    saved = (there / f"{SAVED}.{fmt}").read_bytes()
    assert saved == (ROOT / "figures" / f"{SAVED}.{fmt}").read_bytes(), f"{SAVED}.{fmt} differs in a fresh process"
