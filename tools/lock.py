"""Re-resolve the pinned environment (needs the package index) and write both pin files.

* requirements/constraints.txt: every package of `.[test,lab,browser,binder]`, exact versions (what `make` installs).
* environment.yml: Binder's environment, the same exact versions for what the notebooks need at run
  time (`.[notebooks]`), installed through pip so Binder gets the same wheels as CI.
tests/test_environment.py checks that the two agree.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON_VERSION = "3.11"


def freeze(extras: str) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "venv", tmp], check=True)
        py = Path(tmp) / "bin" / "python"
        subprocess.run(
            [py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", f"{ROOT}[{extras}]"], check=True
        )
        out = subprocess.run(
            [py, "-m", "pip", "freeze", "--exclude-editable"], check=True, capture_output=True, text=True
        ).stdout
    pins = [line for line in out.splitlines() if "==" in line and not line.lower().startswith("rucn-data")]
    return sorted(pins, key=str.lower)


def main() -> None:
    everything = freeze("test,lab,browser,binder")
    (ROOT / "requirements" / "constraints.txt").write_text(
        "# Exact versions for every machine: `make` installs with `pip install -c` this file.\n"
        "# Regenerate with `make lock` (tools/lock.py); environment.yml must agree (a test checks).\n"
        + "\n".join(everything)
        + "\n",
        encoding="utf-8",
    )
    runtime = freeze("notebooks")
    lines = [
        "# Binder (repo2docker) environment. The pip pins equal requirements/constraints.txt;",
        "# postBuild installs the package itself. Regenerate with `make lock`.",
        "name: rucn-data",
        "channels:",
        "  - conda-forge",
        "dependencies:",
        f"  - python={PYTHON_VERSION}",
        "  - pip",
        "  - pip:",
    ]
    lines += [f"      - {pin}" for pin in runtime]
    (ROOT / "environment.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(everything)} pins in constraints.txt, {len(runtime)} in environment.yml")


if __name__ == "__main__":
    main()
