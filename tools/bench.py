"""Time the test suite and the main job against a floor (kernel start + imports). `make bench`.

Prints seconds and the multiple of the floor; it asserts nothing (speed is measured, not asserted).
The floor is what any notebook run must pay: starting a kernel, running one cell that imports the
package's stack, and shutting it down.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable


def timed(cmd: list[str], runs: int = 1) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


FLOOR = """
import nbformat
from nbclient import NotebookClient
nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import pandas, matplotlib.pyplot, rucn_data")])
NotebookClient(nb, kernel_name="python3", shutdown_kernel="immediate").execute()
"""


def main() -> None:
    os.environ.setdefault("MPLCONFIGDIR", str(ROOT / ".cache" / "matplotlib"))
    os.environ.setdefault("IPYTHONDIR", str(ROOT / ".cache" / "ipython"))
    imports = timed([PY, "-c", "import pandas, matplotlib.pyplot, pandera.pandas, rucn_data"], runs=3)
    floor = timed([PY, "-c", FLOOR], runs=3)
    notebooks = len(list((ROOT / "notebooks").glob("*.ipynb")))
    rows = [("imports (pandas, matplotlib, pandera)", imports), ("floor: kernel start + imports + shutdown", floor)]
    rows.append(
        (
            "ledger: rucn_data.claims() in a fresh process",
            timed([PY, "-c", "import rucn_data; rucn_data.claims()"], runs=3),
        )
    )
    rows.append((f"test suite (pytest -n 2, {notebooks} notebooks)", timed([PY, "-m", "pytest", "-n", "2", "-q"])))
    rows.append(
        (f"main job (reproduce: {notebooks} notebooks, figures, errata)", timed([PY, "-m", "rucn_data", "reproduce"]))
    )
    print(f"{'what':58} {'seconds':>8} {'x floor':>8}")
    for label, seconds in rows:
        print(f"{label:58} {seconds:8.2f} {seconds / floor:8.1f}")


if __name__ == "__main__":
    main()
