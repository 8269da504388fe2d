"""Writing files so that a failure cannot lose one: a temporary file in the same folder, synced, renamed into place.

A reader sees the old file or the new one, never a part; on any failure (disk full, interrupt) the old
file is left as it was and the temporary file is removed. An error names the file asked for, not the
temporary one. A device or pipe (``/dev/null``, ``/dev/stdout``) has nothing to replace and is written directly.
"""

from __future__ import annotations

import errno
import itertools
import os
import stat
from pathlib import Path

_counter = itertools.count()


def write_bytes_atomic(path: str | Path, data: bytes) -> Path:
    """Replace ``path`` by ``data`` in one step; return the path written."""
    path = Path(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path  # keep a symlink, write what it names
    try:
        old = target.stat()
    except FileNotFoundError:
        old = None
    except OSError as exc:
        raise _naming(exc, path) from None
    if old is not None and stat.S_ISDIR(old.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(path))
    if old is not None and not stat.S_ISREG(old.st_mode):
        return _write_directly(target, data, path)
    if old is not None and (not os.access(target, os.W_OK) or not old.st_mode & 0o222):  # mode bits bind root too
        raise PermissionError(errno.EACCES, "the file is read-only", str(path))
    tmp = None
    try:
        tmp, fd = _create_temporary(target)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if old is not None:
            os.chmod(tmp, stat.S_IMODE(old.st_mode))
        os.replace(tmp, target)
        tmp = None
        _sync_folder(target.parent)
    except OSError as exc:
        raise _naming(exc, path) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return path


def write_text_atomic(path: str | Path, text: str, encoding: str = "utf-8") -> Path:
    """Replace ``path`` by ``text`` (UTF-8, newlines as given) in one step; return the path written."""
    return write_bytes_atomic(path, text.encode(encoding))


def _create_temporary(target: Path) -> tuple[Path, int]:
    """A new hidden file beside ``target``, readable as the umask allows (as a plain ``open`` would create it)."""
    for _ in range(100):
        tmp = target.with_name(f".{target.name}.{os.getpid()}.{next(_counter)}.tmp")
        try:
            return tmp, os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target))


def _write_directly(target: Path, data: bytes, shown: Path) -> Path:
    try:
        with open(target, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        raise _naming(exc, shown) from None
    return shown


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (POSIX); best effort elsewhere."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _naming(exc: OSError, path: Path) -> OSError:
    """The same kind of error, naming the file asked for (never the temporary file)."""
    if exc.errno is None:
        return exc
    reason = exc.strerror or os.strerror(exc.errno)
    if exc.errno == errno.ENOENT and not path.parent.is_dir():
        reason = f"the folder {path.parent} does not exist"
    return OSError(exc.errno, reason, str(path))
