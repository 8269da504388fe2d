"""`make test-binder`: Binder's environment rebuilt as closely as this machine allows, and every notebook run in it.

repo2docker's conda buildpack (which our root ``environment.yml`` selects) builds a Binder image in three steps;
with no container daemon and no conda channel here, each is emulated in a Python 3.11 venv (``.venv-binder``).
First, repo2docker itself (offline, ``--no-build``) must write, for a scratch copy of the repository, the conda
buildpack's Dockerfile with our ``environment.yml`` (``env update``), ``./postBuild`` and environment.yml's Python.

1. its own Jupyter environment, from the lock file shipped inside the installed ``jupyter-repo2docker``
   (``buildpacks/conda/environment.py-3.11-linux-64.lock``): every Python package of that lock at its locked
   version, from PyPI, ``--no-deps`` (conda's non-Python packages — libzmq, openssl, nodejs — have no PyPI twin);
2. our ``environment.yml``'s ``pip:`` section on top, as conda's ``env update`` installs it (``pip install -U -r``);
3. ``./postBuild``, run from a scratch copy of the repository (the venv's ``bin/`` first on ``PATH``).

Then it requires: ``pip check`` clean; a Jupyter server started from that environment answers ``/api/status``;
every notebook, executed by a kernel of that environment, has outputs equal to the stored ones (nbval's own
comparison, with the project's sanitizer). Steps 1–2 are kept while the lock and environment.yml are unchanged.

What it does not prove: conda's own builds of these packages (conda-forge wheels are not PyPI's), the system
libraries of Binder's base image, the container, and mybinder.org's launch (hub, resource limits, network).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from labserver import ROOT, LabServer, remove_or_keep, scratch_copy

VENV = ROOT / ".venv-binder"
# conda-forge names whose PyPI name differs (the rest are the same name); metapackages map to None (their
# contents are separate entries of the lock).
CONDA_TO_PYPI = {
    "brotli-python": "Brotli",
    "python-fastjsonschema": "fastjsonschema",
    "jupyterhub-base": "jupyterhub",
    "nbconvert-core": "nbconvert",
    "cached_property": "cached-property",
}


def python_version() -> str:
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    (version,) = re.findall(r"^\s*-\s*python=([\d.]+)\s*$", text, flags=re.M)
    return version


def lock_file(version: str) -> Path:
    import repo2docker

    path = Path(repo2docker.__file__).parent / "buildpacks" / "conda" / f"environment.py-{version}-linux-64.lock"
    if not path.is_file():
        raise SystemExit(f"run_binder.py: repo2docker {repo2docker.__version__} has no lock for Python {version}")
    return path


def base_packages(lock: Path) -> list[str]:
    """``name==version`` for every Python package of a conda explicit lock (build strings starting with 'py')."""
    pins = []
    for url in re.findall(r"^https://\S+", lock.read_text(encoding="utf-8"), flags=re.M):
        stem = re.sub(r"\.(conda|tar\.bz2)$", "", url.split("#")[0].rsplit("/", 1)[1])
        name, version, build = stem.rsplit("-", 2)
        if build.startswith("py"):
            pins.append(f"{CONDA_TO_PYPI.get(name, name)}=={version}")
    return pins


def pip_section() -> list[str]:
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    block = text.split("- pip:", 1)[1]
    return re.findall(r"^\s+-\s+(\S+==\S+)\s*$", block, flags=re.M)


def run(cmd, **kw) -> None:
    print("$ " + " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kw)


def build_environment(python: str, lock: Path) -> Path:
    """Steps 1 and 2 into .venv-binder (kept while the lock and environment.yml are the same)."""
    base, section = base_packages(lock), pip_section()
    stamp = hashlib.sha256("\n".join([python_version(), *base, "--", *section]).encode()).hexdigest()
    marker = VENV / ".binder-stamp"
    if marker.is_file() and marker.read_text(encoding="utf-8") == stamp:
        print(f"{VENV.name}: up to date ({len(base)} base packages, {len(section)} from environment.yml)")
        return VENV / "bin" / "python"
    shutil.rmtree(VENV, ignore_errors=True)
    run([python, "-m", "venv", VENV])
    py = VENV / "bin" / "python"
    pip = [py, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "base.txt").write_text("\n".join(base) + "\n", encoding="utf-8")
        (Path(tmp) / "environment-pip.txt").write_text("\n".join(section) + "\n", encoding="utf-8")
        start = time.monotonic()
        run([*pip, "install", "--no-deps", "-r", Path(tmp) / "base.txt"])  # repo2docker's own environment
        print(f"  base environment ({len(base)} packages): {time.monotonic() - start:.0f} s", flush=True)
        start = time.monotonic()
        run([*pip, "install", "-U", "-r", Path(tmp) / "environment-pip.txt"])  # as conda env update does
        print(f"  environment.yml pip section ({len(section)} pins): {time.monotonic() - start:.0f} s", flush=True)
    marker.write_text(stamp, encoding="utf-8")
    return py


def dockerfile_problems(repo: Path) -> list[str]:
    """What is wrong with the Dockerfile repo2docker (offline, ``--no-build``) writes for ``repo``: empty when it is
    the conda buildpack with our environment.yml, postBuild and environment.yml's Python."""
    out = subprocess.run(
        [sys.executable, "-m", "repo2docker", "--no-build", "--debug", str(repo)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    text = out.stdout + out.stderr
    if out.returncode != 0:
        return [f"repo2docker --no-build exited with {out.returncode}: {text.strip().splitlines()[-1:]}"]
    expected = ["environment.yml", "env update", "RUN ./postBuild", f"python={python_version()}"]
    return [f"repo2docker's Dockerfile has no {what!r}" for what in expected if what not in text]


def kernelspec(folder: Path, python: Path) -> Path:
    """A kernelspec named 'binder' that starts the Binder environment's Python (for nbval)."""
    import json

    spec = folder / "kernels" / "binder"
    spec.mkdir(parents=True, exist_ok=True)
    argv = [str(python), "-m", "ipykernel_launcher", "-f", "{connection_file}", "--IPKernelApp.log_level=ERROR"]
    (spec / "kernel.json").write_text(json.dumps({"argv": argv, "display_name": "Binder", "language": "python"}))
    return folder


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=f"python{python_version()}", help="the interpreter for .venv-binder")
    parser.add_argument("--keep", action="store_true", help="keep the scratch copy (its path is printed)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    lock = lock_file(python_version())
    py = build_environment(args.python, lock)
    work = Path(tempfile.mkdtemp(prefix="rucn-binder-"))
    try:
        repo = scratch_copy(work / "repo")
        problems = dockerfile_problems(repo)
        if problems:
            print("FAIL test-binder: " + "; ".join(problems))
            return 1
        print(f"repo2docker's Dockerfile: conda buildpack, environment.yml (env update), postBuild, "
              f"python={python_version()}", flush=True)  # fmt: skip
        env_path = f"{VENV / 'bin'}:" + os.environ.get("PATH", "")
        run(["./postBuild"], cwd=repo, env=dict(os.environ, PATH=env_path))
        run([py, "-m", "pip", "--disable-pip-version-check", "check"])
        server = LabServer(repo, work / "home", py, path_env=VENV / "bin", pythonpath=False)
        try:
            server.wait_ready()
            status = server.api("/api/status")
            print(f"server from {VENV.name} answers /api/status: {status}", flush=True)
        finally:
            server.stop()
        env = dict(
            os.environ,
            JUPYTER_PATH=str(kernelspec(work / "jupyter", py)),
            IPYTHONDIR=str(repo / ".cache" / "ipython"),
            MPLCONFIGDIR=str(repo / ".cache" / "matplotlib"),
            RUCN_PROJECT_DIR=str(repo),
            PYTHONHASHSEED="0",
            PYDEVD_DISABLE_FILE_VALIDATION="1",
        )
        # nbval (from the test environment) compares; the kernel that runs each notebook is the Binder one
        run(
            [sys.executable, "-m", "pytest", "-q", "-o", "addopts=", "-p", "no:cacheprovider", "-n", "2",
             "--dist=loadfile", "--nbval", "--nbval-kernel-name=binder",
             "--nbval-sanitize-with=tests/nbval_sanitize.cfg", "notebooks"],
            cwd=repo, env=env,
        )  # fmt: skip
        print(f"test-binder: {time.monotonic() - started:.0f} s; repo2docker's Dockerfile as expected, pip check "
              "clean, server answered, every notebook's outputs equal the stored ones")  # fmt: skip
        return 0
    except subprocess.CalledProcessError as exc:
        print(f"FAIL test-binder: {' '.join(map(str, exc.cmd))[:300]} exited with {exc.returncode}")
        return 1
    finally:
        remove_or_keep(work, args.keep)


if __name__ == "__main__":
    sys.exit(main())
