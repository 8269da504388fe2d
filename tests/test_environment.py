"""Reproducibility of the environment: one set of pins, Binder's configuration, the CI runs the README's command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pins(text: str) -> dict[str, str]:
    found = {}
    for name, version in re.findall(r"^[\s-]*([A-Za-z0-9_.\-]+)==([^\s#]+)\s*$", text, flags=re.M):
        found[re.sub(r"[-_.]+", "-", name).lower()] = version
    return found


LOCK = pins((ROOT / "requirements" / "constraints.txt").read_text(encoding="utf-8"))
ENV_TEXT = (ROOT / "environment.yml").read_text(encoding="utf-8")


def test_lock_pins_what_outputs_and_figures_depend_on():
    for name in (
        "pandas",
        "numpy",
        "matplotlib",
        "seaborn",
        "pandera",
        "nbval",
        "nbclient",
        "ipykernel",
        "pytest",
        "pytest-mpl",
    ):
        assert name in LOCK, f"{name} is not pinned in requirements/constraints.txt"


def test_environment_yml_pins_the_same_versions_as_the_lock():
    env = pins(ENV_TEXT)
    assert {"pandas", "numpy", "matplotlib", "seaborn", "pandera", "ipykernel"} <= set(env)
    differ = {name: (version, LOCK.get(name)) for name, version in env.items() if LOCK.get(name) != version}
    assert not differ, f"environment.yml and constraints.txt disagree (env, lock): {differ}"


def test_environment_yml_python_is_one_the_package_supports():
    """Binder's Python must satisfy pyproject's requires-python (the lock is resolved for that version)."""
    (python,) = re.findall(r"^\s*-\s*python=([\d.]+)\s*$", ENV_TEXT, flags=re.M)
    (minimum,) = re.findall(r'^requires-python = ">=([\d.]+)"', (ROOT / "pyproject.toml").read_text(), flags=re.M)
    version = tuple(int(x) for x in python.split("."))
    assert version >= tuple(int(x) for x in minimum.split(".")), f"python={python} is below requires-python"


def test_postbuild_installs_the_package_and_stops_on_errors():
    script = (ROOT / "postBuild").read_text(encoding="utf-8")
    assert script.startswith("#!/bin/bash") and re.search(r"^set -e", script, flags=re.M)
    assert re.search(r"pip install --no-deps (-e )?\.", script)
    assert (ROOT / "postBuild").stat().st_mode & 0o111, "postBuild must be executable"


def test_no_binder_folder_hides_the_root_environment_yml():
    """repo2docker reads binder/ instead of the root when it exists (make test-binder checks what it then builds)."""
    assert not (ROOT / "binder").exists()


def test_ci_runs_exactly_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in readme and "make reproduce" in readme
    commands = [line.strip() for line in ci.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert "make test" in commands, ".ci/run must run the README's test command"


def test_ci_runs_the_browser_and_binder_tests_after_the_suite():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in ci.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert "make test-lab" in readme and "make test-binder" in readme
    order = [next(i for i, c in enumerate(commands) if c == name or c.endswith(f"! {name}; then"))
             for name in ("make test", "make test-lab", "make test-binder")]  # fmt: skip
    assert order == sorted(order), ".ci/run: make test, then make test-lab, then make test-binder"


def test_readme_documents_every_dataset_and_notebook():
    import rucn_data

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in rucn_data.datasets()["name"]:
        assert f"| `{name}` |" in readme, f"dataset {name} missing from the README's codebook"
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        assert f"(notebooks/{notebook.name})" in readme, f"{notebook.name} not linked from the README"
    for link in re.findall(r"\]\(((?:notebooks|docs|figures)/[^)#]+)\)", readme):
        assert (ROOT / link).exists(), f"README links to a missing file: {link}"


def test_the_installed_environment_honours_the_lock():
    """Whichever installer made the environment (uv or pip), every pinned package is at its pinned version."""
    from importlib import metadata

    installed = {re.sub(r"[-_.]+", "-", d.metadata["Name"]).lower(): d.version for d in metadata.distributions()}
    wrong = {
        name: (installed[name], version)
        for name, version in LOCK.items()
        if name in installed and installed[name] != version
    }
    assert not wrong, f"installed versions differ from requirements/constraints.txt (installed, pinned): {wrong}"
    for name in ("pandas", "matplotlib", "pandera", "nbval", "pytest", "ruff"):
        assert name in installed, f"{name} is pinned but not installed"
