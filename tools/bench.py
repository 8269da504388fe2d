"""Time the test suite and the main job against their floors, alternated in one run. `make bench`.

Speed is measured, not asserted: this prints seconds and ratios and exits 0. Each measure is paired with its
floor, what any run of the same shape must pay, and the pairs alternate (A, B, A, B, ...) so that a noisy machine
slows both alike:

* ``make test``'s pytest run against the same number of notebooks that only start a kernel and import pandas,
  matplotlib and rucn_data, under the same pytest (``-n 2 --dist loadfile``, nbval);
* ``reproduce`` against as many trivial notebooks executed by ``notebooks.execute_all``, two at a time.

Everything runs in scratch folders (a copy of the checkout's tracked files, and the floors' notebooks), with a
scratch cache: nothing is written into the repository. The first pair warms the caches and is not counted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
TRIVIAL = "import pandas, matplotlib.pyplot, rucn_data"


def run(cmd: list[str], cwd: Path, env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def copy_checkout(target: Path) -> Path:
    """The checkout's tracked files (as they are on disk) copied to ``target``."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True).stdout.split(b"\0")
    for name in filter(None, (f.decode() for f in files)):
        src = ROOT / name
        if src.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target / name)
    return target


def trivial_notebooks(folder: Path, count: int) -> list[Path]:
    """``count`` notebooks of one cell that imports the stack, executed once so nbval has outputs to compare."""
    import nbformat

    sys.path.insert(0, str(ROOT))
    from rucn_data import notebooks

    folder.mkdir(parents=True)
    paths = []
    for k in range(count):
        path = folder / f"{k:02d}-floor.ipynb"
        nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(TRIVIAL)]), path)
        paths.append(path)
    notebooks.execute_all(paths, workers=2)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=3, help="alternated pairs per measure (default 3)")
    parser.add_argument("--only", choices=["test", "reproduce"], help="one measure only")
    args = parser.parse_args()
    count = len(list((ROOT / "notebooks").glob("*.ipynb")))
    with tempfile.TemporaryDirectory(prefix="rucn-bench-") as tmp:
        tmp = Path(tmp)
        env = dict(
            os.environ,
            RUCN_CACHE_DIR=str(tmp / "cache"),
            MPLCONFIGDIR=str(tmp / "mpl"),
            IPYTHONDIR=str(tmp / "ipython"),
            PYTHONHASHSEED="0",
            SOURCE_DATE_EPOCH="1700000000",
            PYDEVD_DISABLE_FILE_VALIDATION="1",
        )
        os.environ.update({k: env[k] for k in ("MPLCONFIGDIR", "IPYTHONDIR", "RUCN_CACHE_DIR")})
        project = copy_checkout(tmp / "project")
        env_project = dict(env, RUCN_PROJECT_DIR=str(project))
        floor_tests = trivial_notebooks(tmp / "floor-tests", count)
        floor_jobs = trivial_notebooks(tmp / "floor-reproduce", count)
        nbval = ["-p", "no:cacheprovider", "--nbval", "--nbval-current-env", "-n", "2", "--dist", "loadfile", "-q"]
        jobs = [str(p) for p in floor_jobs]
        execute = (
            "from pathlib import Path; from rucn_data import notebooks; "
            f"notebooks.execute_all([Path(p) for p in {jobs!r}], 2)"
        )
        measures = {
            "make test (pytest -n 2)": (
                [PY, "-m", "pytest", "-n", "2", "-q"],
                project,
                env_project,
                [PY, "-m", "pytest", *nbval, *map(str, floor_tests)],
                tmp,
                env,
            ),
            "make reproduce": (
                [PY, "-m", "rucn_data", "reproduce"],
                project,
                env_project,
                [PY, "-c", execute],
                tmp,
                env,
            ),
        }
        print(f"{count} notebooks; {args.pairs} alternated pairs per measure after one warm-up pair")
        print(f"{'measure':28} {'run (s)':>18} {'floor (s)':>18} {'ratio min':>10} {'median':>8}")
        for label, (cmd, cwd, cenv, floor_cmd, floor_cwd, floor_env) in measures.items():
            if args.only and args.only not in label:
                continue
            run(cmd, cwd, cenv), run(floor_cmd, floor_cwd, floor_env)  # warm-up: caches, compiled files
            pairs = [(run(cmd, cwd, cenv), run(floor_cmd, floor_cwd, floor_env)) for _ in range(args.pairs)]
            ratios = [a / b for a, b in pairs]
            runs = ", ".join(f"{a:.1f}" for a, _ in pairs)
            floors = ", ".join(f"{b:.1f}" for _, b in pairs)
            print(f"{label:28} {runs:>18} {floors:>18} {min(ratios):10.2f} {statistics.median(ratios):8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
