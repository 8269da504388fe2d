"""pytest set-up shared by tests/ and the notebooks nbval runs (tests/conftest.py holds the tests' fixtures)."""

from __future__ import annotations

import importlib.util
import os
import pprint
import shutil
import tempfile
from pathlib import Path


class _Formatted:
    """``pprint.pformat(obj)`` made when a log record is actually emitted, not when it is created."""

    def __init__(self, obj):
        self.obj = obj

    def __str__(self) -> str:
        return pprint.pformat(self.obj)


# nbval 0.11 pretty-prints every kernel message for a debug log line, emitted or not (about 1 ms a message, some
# 1,700 messages a run); with this the text is made only if debug logging is on, and is then the same.
try:
    import nbval.kernel
except ImportError:  # pytest without nbval: nothing to change
    pass
else:
    nbval.kernel.pformat = _Formatted


def pytest_collection_modifyitems(items):
    """Long files first, short ones last: xdist (``--dist loadfile --no-loadscope-reorder``) hands files to the two
    workers in this order, so the run ends on short files instead of one worker finishing a long one alone. First the
    test files marked ``schedule_first`` (figures, subprocesses, data hardening), then the notebooks, largest first,
    then everything else; each file's own order is kept."""

    def rank(item) -> tuple:
        if item.get_closest_marker("schedule_first"):
            return (0, 0)
        if item.path.suffix == ".ipynb":
            return (1, -item.path.stat().st_size)
        return (2, 0)

    first_seen = {}
    for position, item in enumerate(items):
        first_seen.setdefault(item.path, (rank(item), position))
    items.sort(key=lambda item: first_seen[item.path])


# -- the fresh interpreter of tests/test_fresh_process.py, started with the run ----------------------------------
FRESH = Path(__file__).resolve().parent / "tests" / "test_fresh_process.py"
_fresh: dict = {}


def _runs_fresh(config) -> bool:
    """Whether the run includes tests/test_fresh_process.py: its paths include it and no -k, -m or --lf narrows the
    run (the file then starts the interpreter itself if it runs)."""
    option = config.option
    if option.collectonly or option.keyword or option.markexpr or getattr(option, "lf", False):
        return False
    here = config.invocation_params.dir
    paths = [(here / str(arg).split("::")[0]).resolve() for arg in config.args] or [here.resolve()]
    return FRESH.is_file() and any(p == FRESH or p in FRESH.parents for p in paths)


def pytest_sessionstart(session):
    """In the process that runs the session (xdist's controller, which only waits for reports, or pytest without
    xdist), start the fresh interpreter that tests/test_fresh_process.py examines: it runs beside the other tests
    instead of holding one worker for its ~4 s, and its file comes last."""
    if os.environ.get("PYTEST_XDIST_WORKER") or not _runs_fresh(session.config):
        return
    spec = importlib.util.spec_from_file_location("fresh_session_start", FRESH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = Path(tempfile.mkdtemp(prefix="rucn-fresh-"))
    _fresh.update(folder=folder, proc=module.start(folder))
    _fresh["variable"] = module.STARTED
    os.environ[module.STARTED] = str(folder)  # the workers, started after this, inherit it


def pytest_sessionfinish(session):
    if "proc" in _fresh:
        _fresh["proc"].kill()  # done by now, unless the file was deselected
        _fresh["proc"].wait()
        shutil.rmtree(_fresh["folder"], ignore_errors=True)
        os.environ.pop(_fresh["variable"], None)
