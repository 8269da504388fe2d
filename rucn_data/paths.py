"""Where things are: the package's data, and the rucn-data checkout that commands which write files work in."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from .errors import NotACheckoutError

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
DESCRIPTOR = DATA_DIR / "datapackage.json"
PROJECT_NAME = "rucn-data"


def is_checkout(folder: Path) -> bool:
    """Whether ``folder`` holds a rucn-data checkout: its ``pyproject.toml`` names the project ``rucn-data``."""
    try:
        with open(Path(folder) / "pyproject.toml", "rb") as fh:
            project = tomllib.load(fh).get("project", {})
    except (OSError, ValueError):
        return False
    name = project.get("name", "") if isinstance(project, dict) else ""
    return isinstance(name, str) and name.lower().replace("_", "-").replace(".", "-") == PROJECT_NAME


def project_dir() -> Path:
    """The rucn-data checkout to work in; raises NotACheckoutError outside one.

    ``RUCN_PROJECT_DIR`` names the folder explicitly (any existing folder: the caller chose it); otherwise
    the checkout this package runs from (a clone, or an editable install), otherwise the current folder or
    one above it.
    """
    env = os.environ.get("RUCN_PROJECT_DIR")
    if env:
        folder = Path(env).resolve()
        if not folder.is_dir():
            raise NotACheckoutError(folder, "RUCN_PROJECT_DIR names", "which is not a folder")
        return folder
    if is_checkout(PACKAGE_DIR.parent):
        return PACKAGE_DIR.parent
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if is_checkout(folder):
            return folder
    raise NotACheckoutError(here)


def figures_dir() -> Path:
    return project_dir() / "figures"


def notebooks_dir() -> Path:
    return project_dir() / "notebooks"


def docs_dir() -> Path:
    return project_dir() / "docs"
