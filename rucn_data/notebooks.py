"""Run the project's notebooks top to bottom and save them, so that a second run writes the same bytes.

Saved notebooks carry kernelspec ``python3``, a fixed minimal ``language_info``, no timing or UI metadata
and execution counts 1..N. ``tests/test_notebook_files.py`` checks only what matters (kernel ``python3``,
language ``python``, no timing metadata, counts 1..N, no error or stderr), so a notebook saved by JupyterLab
(which writes the kernel's full ``language_info``, interpreter version included) passes too; ``normalise``
puts such a file back to the stored form.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from .errors import NotebookError
from .files import write_text_atomic

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
LANGUAGE_INFO = {"name": "python", "pygments_lexer": "ipython3"}
TIMING_CELL_METADATA = ("execution", "ExecuteTime")  # run timestamps: never stored (the rule test checks)
VOLATILE_CELL_METADATA = TIMING_CELL_METADATA + ("collapsed", "scrolled")  # UI state as well: normalise drops it


def notebook_paths(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.ipynb") if not p.name.startswith("."))


def set_quiet_environment(project: Path) -> None:
    """Writable homes for matplotlib and IPython so no temporary path is printed into an output."""
    cache = project / ".cache"
    for var, sub in (("MPLCONFIGDIR", "matplotlib"), ("IPYTHONDIR", "ipython")):
        if not os.environ.get(var):
            os.environ[var] = str(cache / sub)
        Path(os.environ[var]).mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    os.environ.setdefault("PYTHONHASHSEED", "0")


def normalise(nb) -> None:
    """Drop what differs between runs or machines; keep what the notebook says."""
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = dict(LANGUAGE_INFO)
    for key in ("widgets", "toc", "varInspector"):
        nb.metadata.pop(key, None)
    for cell in nb.cells:
        for key in VOLATILE_CELL_METADATA:
            cell.metadata.pop(key, None)


def execute(path: Path, timeout: int = 600) -> float:
    """Execute one notebook in place (outputs saved atomically); return the seconds it took.

    A notebook that is not valid, or a cell that fails, raises NotebookError naming the notebook;
    the stored file is then left as it was.
    """
    import nbformat
    from jupyter_client.kernelspec import NoSuchKernel
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    try:
        nb = nbformat.read(path, as_version=4)
    except (ValueError, KeyError, TypeError, nbformat.ValidationError) as exc:  # NotJSONError, a bad version...
        raise NotebookError(path, f"not a readable notebook: {_first_line(exc)}") from None
    start = time.perf_counter()
    client = NotebookClient(
        nb,
        kernel_name="python3",
        timeout=timeout,
        record_timing=False,
        shutdown_kernel="immediate",
        resources={"metadata": {"path": str(path.parent)}},
        # the kernel's own log (e.g. ipykernel's notice about local TCP) is not output
        extra_arguments=["--IPKernelApp.log_level=ERROR"],
    )
    try:
        client.execute()
    except CellExecutionError as exc:
        raise NotebookError(path, f"a cell failed: {exc.ename}: {exc.evalue}") from None
    except (CellTimeoutError, DeadKernelError, NoSuchKernel) as exc:
        raise NotebookError(path, f"the kernel failed: {_first_line(exc)}") from None
    normalise(nb)
    text = nbformat.writes(nb) + "\n"
    if path.read_text(encoding="utf-8") != text:
        write_text_atomic(path, text)
    return time.perf_counter() - start


def _first_line(exc: Exception) -> str:
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__


def execute_all(paths: list[Path], workers: int = 2, alongside=None) -> list[tuple[Path, float]]:
    """Execute notebooks, ``workers`` at a time (each in its own kernel); results in the order given.

    Notebooks are independent (each loads its data through the package), so their outputs do not
    depend on the order or the overlap: the largest start first, so that no long one is left to run alone
    at the end; the first failure is raised after the others finish. ``alongside`` (a function of no
    arguments, e.g. one that saves the figures in another process) runs at the same time in a thread of its own.
    """
    from concurrent.futures import ThreadPoolExecutor

    def size(path: Path) -> int:
        try:
            return path.stat().st_size
        except OSError:
            return 0

    with ThreadPoolExecutor(max_workers=1) as side, ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        other = side.submit(alongside) if alongside else None
        futures = {path: pool.submit(execute, path) for path in sorted(paths, key=size, reverse=True)}
        done = [(path, futures[path].result()) for path in paths]
        if other is not None:
            other.result()
        return done
