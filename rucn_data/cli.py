"""Command line: ``python -m rucn_data COMMAND`` or ``rucn COMMAND``."""
from __future__ import annotations

import argparse
import sys
import time

from . import sections
from .errors import DataValidationError, UnknownDatasetError
from .ledger import UNCHECKED_REASONS, VERDICTS


def _datasets(args) -> int:
    import pandas as pd

    from . import datasets

    with pd.option_context("display.max_colwidth", 70, "display.width", 200):
        print(datasets().to_string(index=False))
    return 0


def _show(args) -> int:
    from . import load

    frame = load(args.name)
    if args.csv:
        frame.to_csv(sys.stdout if args.csv == "-" else args.csv, index=False, lineterminator="\n")
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

    if args.list:
        for name, fig in figures.REGISTRY.items():
            print(f"{name:32} {fig.title}")
        return 0
    for path in figures.save_all(args.names or None):
        print(path)
    return 0


def _reproduce(args) -> int:
    from . import figures, notebooks
    from .errata import write_errata
    from .paths import notebooks_dir, project_dir

    project = project_dir()
    notebooks.set_quiet_environment(project)
    start = time.perf_counter()
    paths = notebooks.notebook_paths(notebooks_dir())
    for path, seconds in notebooks.execute_all(paths, workers=args.jobs):
        print(f"  ran {path.relative_to(project)}  ({seconds:.1f} s)")
    figure_paths = figures.save_all()
    print(f"  {len(figure_paths)} figure files in {figures.figures_dir().relative_to(project)}/ up to date (rewritten only where bytes changed)")
    errata, counts = write_errata()
    print(f"  wrote {errata.relative_to(project)}: " + ", ".join(f"{n} {v}" for v, n in counts.items()))
    print(f"reproduced {len(paths)} notebooks in {time.perf_counter() - start:.1f} s")
    return 0


def _rehash(args) -> int:
    from .rehash import rehash

    changed = rehash()
    print("updated hashes: " + (", ".join(changed) if changed else "none changed"))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="rucn", description="Data and claim ledger of RIAC Report 87/2023.")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("datasets", help="list the shipped datasets").set_defaults(func=_datasets)
    s = sub.add_parser("show", help="print a dataset with its metadata, or write it as CSV")
    s.add_argument("name")
    s.add_argument("--csv", metavar="PATH", help="write CSV to PATH ('-' for standard output)")
    s.set_defaults(func=_show)
    c = sub.add_parser("claims", help="print the claim ledger")
    c.add_argument("--section", choices=sections.IDS, help="a report section, e.g. 2.1, 3.3, intro, conclusions")
    c.add_argument("--verdict", choices=VERDICTS)
    c.add_argument("--unchecked-reason", choices=list(UNCHECKED_REASONS),
                   help="only unchecked claims with this reason (see rucn_data.ledger.UNCHECKED_REASONS)")
    c.add_argument("--format", choices=["table", "csv", "md"], default="table")
    c.set_defaults(func=_claims)
    f = sub.add_parser("figures", help="regenerate figures (all, or the NAMEs given)")
    f.add_argument("names", nargs="*", metavar="NAME")
    f.add_argument("--list", action="store_true", help="list the figure names")
    f.set_defaults(func=_figures)
    rp = sub.add_parser("reproduce", help="run every notebook, regenerate figures and the errata document")
    rp.add_argument("--jobs", type=int, default=2, help="notebooks run at once (default 2: one kernel per core of CI's machine)")
    rp.set_defaults(func=_reproduce)
    sub.add_parser("rehash", help="maintainers: refresh datapackage.json hashes after a deliberate data edit").set_defaults(func=_rehash)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except (UnknownDatasetError, DataValidationError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
