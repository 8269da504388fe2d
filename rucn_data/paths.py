"""Where things are: the package's data, and the project folders a checkout writes to."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
DESCRIPTOR = DATA_DIR / "datapackage.json"


def project_dir() -> Path:
    """The checkout this package runs from, or the current folder when installed elsewhere.

    ``RUCN_PROJECT_DIR`` overrides both.
    """
    env = os.environ.get("RUCN_PROJECT_DIR")
    if env:
        return Path(env).resolve()
    checkout = PACKAGE_DIR.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "notebooks").is_dir():
        return checkout
    return Path.cwd()


def figures_dir() -> Path:
    return project_dir() / "figures"


def notebooks_dir() -> Path:
    return project_dir() / "notebooks"


def docs_dir() -> Path:
    return project_dir() / "docs"
