"""pytest set-up shared by tests/ and the notebooks nbval runs (tests/conftest.py holds the tests' fixtures)."""

from __future__ import annotations

import pprint


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
