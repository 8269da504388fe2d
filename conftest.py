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
