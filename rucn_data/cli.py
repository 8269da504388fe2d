"""Command line: ``python -m rucn_data COMMAND`` or ``rucn COMMAND``.

Every expected failure ends the same way, without a traceback: ``rucn: error: FILE: ...`` on standard
error (a line for each problem of a data file that does not validate), and exit status 2 for a request
that cannot be met (a bad argument, an unknown name, a command that needs a checkout run outside one) or 1
for a failure while meeting it (invalid data, an I/O error, a failed notebook, a closed pipe). argparse's
own usage errors keep status 2. Text that the terminal's encoding cannot show is written in plain ASCII
(``–`` as ``-``) or as ``\\uXXXX``; CSV output is always UTF-8.
"""

from __future__ import annotations

import argparse
import codecs
import io
import os
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

from .errors import DataValidationError, NotACheckoutError, NotebookError, UnknownDatasetError


class CommandError(Exception):
    """An expected failure of a command: its message and exit status."""

    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status


# -- output ------------------------------------------------------------------------------------------------
_PLAIN = {
    "\u2013": "-",
    "\u2014": "--",
    "\u2011": "-",
    "\u2212": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2026": "...",
    "\u2192": "->",
    "\u00d7": "x",
    "\u2248": "~",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u00b1": "+/-",
    "\u221e": "inf",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
}


def _readable(exc: UnicodeError):
    """Codec error handler: an unencodable character as its ASCII look (``–`` → ``-``, ``é`` → ``e``) or ``\\uXXXX``."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for ch in exc.object[exc.start : exc.end]:
        plain = _PLAIN.get(ch) or unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii")
        out.append(plain or (f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}"))
    return "".join(out), exc.end


codecs.register_error("rucn-readable", _readable)


def _readable_streams() -> None:
    """Standard output and error write what their encoding cannot hold readably instead of failing."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="rucn-readable")
        except (AttributeError, ValueError, io.UnsupportedOperation):
            pass


def _write_stdout_bytes(data: bytes) -> None:
    """Bytes (UTF-8 CSV) to standard output, whatever its text encoding."""
    if sys.stdout is None:
        raise CommandError("standard output is closed", 1)
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        buffer.write(data)
        buffer.flush()


def _silence_stdout() -> None:
    """After a broken pipe: point standard output at devnull so the interpreter's final flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        pass


# -- commands ------------------------------------------------------------------------------------------------
def _datasets(args) -> int:
    import pandas as pd

    from . import datasets

    with pd.option_context("display.max_colwidth", 70, "display.width", 200):
        print(datasets().to_string(index=False))
    return 0


def _show(args) -> int:
    from . import load
    from .files import write_bytes_atomic

    frame = load(args.name)
    if args.csv is not None:
        data = frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
        if args.csv == "-":
            _write_stdout_bytes(data)
        else:
            write_bytes_atomic(args.csv, data)
        return 0
    meta = frame.attrs
    print(f"{meta['title']}\n{meta['description']}\n")
    print(frame.to_string(index=False, max_colwidth=40))
    print("\nColumns:")
    for name, field in meta["fields"].items():
        unit = f" [{field['unit']}]" if field["unit"] else ""
        print(f"  {name}{unit}: {field['description']}")
    print(f"\nCite as: {meta['citation']}")
    print("Licence: " + "; ".join(f"{lic['name']} ({lic.get('title', '')})" for lic in meta["licenses"]))
    return 0


def _claims(args) -> int:
    from .ledger import claims, render

    frame = claims(section=args.section, verdict=args.verdict, unchecked_reason=args.unchecked_reason)
    print(render(frame, args.format), end="")
    return 0


def _figures(args) -> int:
    from . import figures
    from .paths import figures_dir

    if args.list:
        for name, fig in figures.REGISTRY.items():
            print(f"{name:32} {fig.title}")
        return 0
    for name in args.names:
        try:
            figures.spec(name)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
    folder = args.out if args.out is not None else figures_dir()
    if folder.exists() and not folder.is_dir():
        raise CommandError(f"{folder}: not a folder (--out names the folder the figure files go into)")
    for path in figures.save_all(args.names or None, folder):
        print(path)
    return 0


def _reproduce(args) -> int:
    from .paths import notebooks_dir, project_dir

    project = project_dir()
    try:
        import nbclient  # noqa: F401
        import nbformat  # noqa: F401
    except ImportError:
        raise CommandError(
            "`reproduce` runs the notebooks and needs nbclient, nbformat and ipykernel: "
            "pip install 'rucn-data[notebooks]' (or run `make reproduce` in the checkout)"
        ) from None
    from . import notebooks
    from .errata import write_errata

    paths = notebooks.notebook_paths(notebooks_dir())
    if not paths:
        raise CommandError(f"{notebooks_dir()}: no notebooks to run (is {project} a complete checkout?)", 1)
    notebooks.set_quiet_environment(project)
    start = time.perf_counter()
    saved: list[Path] = []

    def save_figures() -> None:  # in its own process: matplotlib is not thread-safe, and it gets a core
        out = subprocess.run(
            [sys.executable, "-m", "rucn_data", "figures", "--out", str(project / "figures")],
            capture_output=True,
            text=True,
            encoding="utf-8",
        )
        if out.returncode:
            lines = out.stderr.strip().splitlines() or ["saving the figures failed"]
            raise CommandError(lines[-1].removeprefix("rucn: error: "), 1)
        saved.extend(Path(line) for line in out.stdout.splitlines() if line.strip())

    for path, seconds in notebooks.execute_all(paths, workers=args.jobs, alongside=save_figures):
        print(f"  ran {path.relative_to(project)}  ({seconds:.1f} s)")
    print(f"  {len(saved)} figure files in figures/ up to date (rewritten only where bytes changed)")
    errata, counts = write_errata(project / "docs" / "errata.md")
    print(f"  wrote {errata.relative_to(project)}: " + ", ".join(f"{n} {v}" for v, n in counts.items()))
    print(f"reproduced {len(paths)} notebooks in {time.perf_counter() - start:.1f} s")
    return 0


# -- arguments ------------------------------------------------------------------------------------------------
def _csv_target(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path: give a file name, or '-' for standard output")
    return text


def _folder(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path: give a folder")
    return Path(text)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return value


def parser() -> argparse.ArgumentParser:
    from .ledger import UNCHECKED_REASONS, VERDICTS
    from .sections import IDS as SECTIONS

    p = argparse.ArgumentParser(prog="rucn", description="Data and claim ledger of RIAC Report 87/2023.")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("datasets", help="list the shipped datasets").set_defaults(func=_datasets)
    s = sub.add_parser("show", help="print a dataset with its metadata, or write it as CSV")
    s.add_argument("name")
    s.add_argument(
        "--csv", metavar="PATH", type=_csv_target, help="write CSV (UTF-8) to PATH ('-' for standard output)"
    )
    s.set_defaults(func=_show)
    c = sub.add_parser("claims", help="print the claim ledger")
    c.add_argument("--section", choices=SECTIONS, metavar="SECTION", help=f"one of {', '.join(SECTIONS)}")
    c.add_argument("--verdict", choices=VERDICTS)
    c.add_argument(
        "--unchecked-reason",
        choices=list(UNCHECKED_REASONS),
        metavar="REASON",
        help=f"only unchecked claims with this reason: one of {', '.join(UNCHECKED_REASONS)}",
    )
    c.add_argument("--format", choices=["table", "csv", "md"], default="table")
    c.set_defaults(func=_claims)
    f = sub.add_parser("figures", help="regenerate figures (all, or the NAMEs given) in the checkout's figures/")
    f.add_argument("names", nargs="*", metavar="NAME")
    f.add_argument("--list", action="store_true", help="list the figure names")
    f.add_argument("--out", metavar="DIR", type=_folder, help="write the files into DIR instead (no checkout needed)")
    f.set_defaults(func=_figures)
    rp = sub.add_parser("reproduce", help="in a checkout: run every notebook, regenerate figures and the errata")
    rp.add_argument(
        "--jobs",
        type=_positive,
        default=2,
        help="notebooks run at once (default 2: one kernel per core of CI's machine)",
    )
    rp.set_defaults(func=_reproduce)
    return p


def _say(message: str) -> None:
    try:
        print(f"rucn: error: {message}", file=sys.stderr)
    except (OSError, ValueError):  # standard error closed too: nothing left to tell
        pass


def _os_message(exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    if exc.filename is None:
        return reason
    return f"{exc.filename}: {reason}" + (f" (to {exc.filename2})" if exc.filename2 else "")


def main(argv: list[str] | None = None) -> int:
    _readable_streams()
    args = parser().parse_args(argv)
    try:
        status = args.func(args)
        if sys.stdout is not None:
            sys.stdout.flush()  # a reader that went away is found here, not in the interpreter's last flush
        return status
    except BrokenPipeError:
        _silence_stdout()
        _say("standard output was closed before the output ended (broken pipe)")
        return 1
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except CommandError as exc:
        _say(str(exc))
        return exc.status
    except (UnknownDatasetError, NotACheckoutError) as exc:
        _say(str(exc))
        return 2
    except DataValidationError as exc:  # one line per problem, each naming the file
        shown = exc.problems[: exc.MAX_SHOWN]
        for problem in shown:
            _say(f"{exc.path}: {problem}")
        if len(exc.problems) > len(shown):
            _say(f"{exc.path}: ... and {len(exc.problems) - len(shown)} more problem(s)")
        return 1
    except NotebookError as exc:
        _say(str(exc))
        return 1
    except OSError as exc:
        _say(_os_message(exc))
        return 1
