"""Regenerate the pytest-mpl baselines and hash library after a deliberate change to a figure or its data.

    .venv/bin/python tools/figure_baselines.py                   # every figure; rewrites the library
    .venv/bin/python tools/figure_baselines.py ledger_verdicts   # only the figures named; keeps the others

Runs pytest-mpl's own generator over ``tests/test_figures.py::test_figure_matches_baseline``; look at the new PNGs
in ``tests/baseline/`` and review ``git diff`` before committing.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
sys.path.insert(0, str(TESTS))

import test_figures as tf  # noqa: E402  (the test module names the library, the baseline folder and the key)


def regenerate(names: list[str]) -> int:
    """Regenerate baseline PNGs and hashes (all figures, or only ``names``, merged into the library)."""
    unknown = [n for n in names if n not in tf.figures.REGISTRY]
    if unknown:
        print(f"unknown figure(s) {unknown}; figures: {', '.join(tf.NAMES)}", file=sys.stderr)
        return 2
    os.chdir(ROOT)
    generated = ROOT / "build" / "mpl-generated-hashes.json"
    generated.unlink(missing_ok=True)
    select = "test_figure_matches_baseline" + (f" and ({' or '.join(names)})" if names else "")
    if not names:
        for old in tf.BASELINE_DIR.glob(f"{tf.MODULE}.test_figure_matches_baseline_*.png"):
            old.unlink()
    code = pytest.main(
        [
            str(TESTS / "test_figures.py"),
            "-q",
            "-k",
            select,
            "-p",
            "no:cacheprovider",
            f"--mpl-generate-path={tf.BASELINE_DIR}",
            f"--mpl-generate-hash-library={generated}",
        ]
    )
    if code not in (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED) or not generated.is_file():
        print("generation failed", file=sys.stderr)
        return 1
    new = json.loads(generated.read_text(encoding="utf-8"))
    before = json.loads(tf.HASH_LIBRARY.read_text(encoding="utf-8")) if tf.HASH_LIBRARY.is_file() else {}
    changed = sorted(k for k, v in new.items() if before.get(k) != v)
    library = dict(before, **new) if names else new  # all figures: the library is what was generated, nothing else
    tf.HASH_LIBRARY.write_text(json.dumps(dict(sorted(library.items())), indent=2) + "\n", encoding="utf-8")
    print(
        f"wrote {len(new)} hash(es) to {tf.HASH_LIBRARY.relative_to(ROOT)} ({len(changed)} changed) and "
        f"baseline images to {tf.BASELINE_DIR.relative_to(ROOT)}/; review them before committing"
    )
    return 0


if __name__ == "__main__":
    sys.exit(regenerate(sys.argv[1:]))
