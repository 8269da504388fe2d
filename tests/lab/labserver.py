"""A JupyterLab server on a free loopback port with a random token, and the scratch copy of the repository it
serves: shared by ``make test-lab`` (run_lab.py) and ``make test-binder`` (run_binder.py)."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def scratch_copy(target: Path) -> Path:
    """The work tree's files as they are now (tracked, and new ones not ignored) copied into ``target``."""
    names = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout.split(b"\0")
    for name in filter(None, (n.decode() for n in names)):
        src = ROOT / name
        if src.is_file():
            dst = target / name
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)
    return target


def remove_or_keep(work: Path, keep: bool) -> None:
    """The end of a run's scratch folder: removed, or kept (``--keep``) with its path printed."""
    if keep:
        print(f"scratch copy kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)


class LabServer:
    """A JupyterLab server in its own process group; ``stop()`` ends it (and its kernels) whatever happened.

    Everything it writes (settings, workspaces, runtime files, the notebook-signing key, IPython's and
    matplotlib's homes) goes to ``home`` and the scratch ``repo``; the kernel imports ``rucn_data`` from ``repo``.
    """

    def __init__(
        self,
        repo: Path,
        home: Path,
        python: Path,
        settings: dict | None = None,
        args=(),
        path_env=None,
        pythonpath: bool = True,
    ):
        self.port, self.token = free_port(), secrets.token_hex(24)
        self.base = f"http://127.0.0.1:{self.port}"
        settings_dir = home / "settings"
        settings_dir.mkdir(parents=True, exist_ok=True)
        for name, value in (settings or {}).items():
            (settings_dir / name).parent.mkdir(parents=True, exist_ok=True)
            (settings_dir / name).write_text(json.dumps(value), encoding="utf-8")
        env = dict(
            os.environ,
            JUPYTERLAB_SETTINGS_DIR=str(settings_dir),
            JUPYTERLAB_WORKSPACES_DIR=str(home / "workspaces"),
            JUPYTER_RUNTIME_DIR=str(home / "runtime"),
            JUPYTER_CONFIG_DIR=str(home / "config"),
            JUPYTER_DATA_DIR=str(home / "data"),
            IPYTHONDIR=str(repo / ".cache" / "ipython"),
            MPLCONFIGDIR=str(repo / ".cache" / "matplotlib"),
            PYTHONPATH=str(repo),
            RUCN_PROJECT_DIR=str(repo),
            PYTHONHASHSEED="0",
            PYDEVD_DISABLE_FILE_VALIDATION="1",
        )
        if not pythonpath:  # the kernel imports the package as installed (Binder's postBuild), not from PYTHONPATH
            env.pop("PYTHONPATH")
        if path_env:  # e.g. the Binder environment's bin/ first, as in its container
            env["PATH"] = f"{path_env}{os.pathsep}{env.get('PATH', '')}"
        for var in ("IPYTHONDIR", "MPLCONFIGDIR"):
            Path(env[var]).mkdir(parents=True, exist_ok=True)
        self.log = open(home / "server.log", "w", encoding="utf-8")  # noqa: SIM115 (closed in stop)
        cmd = [
            str(python),
            "-m",
            "jupyterlab",
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={self.port}",
            "--port-retries=0",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={repo}",
            "--ServerApp.terminals_enabled=False",
            *args,
        ]
        if os.geteuid() == 0:
            cmd.append("--allow-root")
        self.proc = subprocess.Popen(
            cmd,
            cwd=repo,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )

    def api(self, path: str, method: str = "GET"):
        req = urllib.request.Request(self.base + path, method=method, headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            body = resp.read()
        return json.loads(body) if body else None

    def wait_ready(self, timeout: float = 90) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the JupyterLab server exited with {self.proc.returncode} (see {self.log.name})")
            try:
                self.api("/api/status")
                return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        raise TimeoutError(f"the JupyterLab server did not answer in {timeout:.0f} s (see {self.log.name})")

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                for kernel in self.api("/api/kernels"):
                    self.api(f"/api/kernels/{kernel['id']}", method="DELETE")
            except Exception:  # noqa: BLE001 (stopping anyway)
                pass
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
        self.log.close()
